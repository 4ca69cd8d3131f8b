using System.Text.Json.Serialization;

namespace Seedance.Contracts.Benchmarks.HandWritten;

/// <summary>
/// System.Text.Json's own source generator over the hand-written models: the baseline the generated
/// <see cref="MagnificJsonContext"/> is measured against.
/// </summary>
[JsonSerializable(typeof(HandTaskDetailResponse))]
public sealed partial class HandJsonContext : JsonSerializerContext
{
}
