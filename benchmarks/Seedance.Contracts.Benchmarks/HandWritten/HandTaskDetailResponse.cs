using System.Text.Json.Serialization;

namespace Seedance.Contracts.Benchmarks.HandWritten;

/// <summary>Hand-written equivalent of the generated <see cref="TaskDetailResponse"/>.</summary>
public sealed class HandTaskDetailResponse
{
    /// <summary>Wire name <c>data</c>.</summary>
    [JsonPropertyName("data")]
    [JsonRequired]
    public HandTaskDetail Data { get; set; } = default!;
}
