using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seedance.Contracts.Simulator.Json;

/// <summary>Reflection-free serialization of the simulator's wire shapes (AOT-friendly).</summary>
[JsonSerializable(typeof(TaskDetailResponseWire))]
[JsonSerializable(typeof(TaskListResponseWire))]
[JsonSerializable(typeof(MessageWire))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The instance responses use: it writes quotes and other non-HTML-safe characters as themselves
    /// (<c>Parameter 'prompt'</c>, not <c>\u0027</c>), as the spec's examples read. Nothing is rendered into HTML.
    /// </summary>
    public static SimulatorJsonContext Wire { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
