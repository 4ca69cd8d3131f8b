using System.Text.Json.Serialization;

namespace Seedance.Contracts.Benchmarks.HandWritten;

/// <summary>
/// Hand-written equivalent of the generated <see cref="TaskDetail"/>: same property types, same wire names,
/// same required properties (so both serializers do the same required-property bookkeeping).
/// </summary>
public sealed class HandTaskDetail
{
    /// <summary>Wire name <c>task_id</c>.</summary>
    [JsonPropertyName("task_id")]
    [JsonRequired]
    public Guid TaskId { get; set; }

    /// <summary>Wire name <c>status</c>.</summary>
    [JsonPropertyName("status")]
    [JsonRequired]
    public HandTaskStatus Status { get; set; }

    /// <summary>Wire name <c>generated</c>.</summary>
    [JsonPropertyName("generated")]
    [JsonRequired]
    public List<Uri> Generated { get; set; } = new();
}
