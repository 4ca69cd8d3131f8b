using System.Text.Json.Serialization;

namespace Seedance.Contracts.Benchmarks.HandWritten;

/// <summary>
/// The task status as a developer would write it for System.Text.Json by hand: the same wire values as the
/// generated <see cref="MagnificTaskStatus"/>, mapped by STJ's own string-enum converter.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandTaskStatus>))]
public enum HandTaskStatus
{
    /// <summary>Not a wire value (kept so the member list matches the generated enum).</summary>
    Unknown = 0,

    /// <summary>CREATED.</summary>
    [JsonStringEnumMemberName("CREATED")]
    Created = 1,

    /// <summary>IN_PROGRESS.</summary>
    [JsonStringEnumMemberName("IN_PROGRESS")]
    InProgress = 2,

    /// <summary>COMPLETED.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed = 3,

    /// <summary>FAILED.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed = 4,
}
