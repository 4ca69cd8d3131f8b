using System.Text.Json.Serialization;

namespace Seedance.Contracts.Tests.Infrastructure;

/// <summary>A task detail shaped like a generated one, for runtime tests that must not depend on the spec.</summary>
public sealed class TestTask
{
    [JsonPropertyName("task_id")]
    public required string TaskId { get; set; }

    [JsonPropertyName("status")]
    public required string Status { get; set; }
}

public sealed class TestCreateRequest
{
    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("duration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Duration { get; set; }
}

[JsonSerializable(typeof(TestTask))]
[JsonSerializable(typeof(TestCreateRequest))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
