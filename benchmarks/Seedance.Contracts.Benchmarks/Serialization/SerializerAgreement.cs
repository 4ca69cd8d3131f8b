using System.Text.Json;
using Seedance.Contracts.Benchmarks.HandWritten;

namespace Seedance.Contracts.Benchmarks.Serialization;

/// <summary>
/// Proves, before anything is timed, that the three serializers read the same values from each payload and
/// write the same bytes back: a benchmark of serializers that disagree would compare different work.
/// </summary>
public static class SerializerAgreement
{
    /// <summary>Throws when any serializer disagrees with another on any payload.</summary>
    /// <param name="payloads">The UTF-8 payloads.</param>
    /// <param name="generated">The payloads read with the generated context.</param>
    /// <param name="hand">The payloads read with STJ's source generator.</param>
    /// <param name="reflectionOptions">Options with the reflection resolver.</param>
    /// <exception cref="InvalidOperationException">A disagreement, named.</exception>
    public static void Check(byte[][] payloads, TaskDetailResponse[] generated, HandTaskDetailResponse[] hand, JsonSerializerOptions reflectionOptions)
    {
        for (int i = 0; i < payloads.Length; i++)
        {
            HandTaskDetailResponse viaReflection = JsonSerializer.Deserialize<HandTaskDetailResponse>(payloads[i], reflectionOptions)!;
            string expected = Describe(hand[i].Data.TaskId, hand[i].Data.Status.ToString(), hand[i].Data.Generated);
            string fromGenerated = Describe(generated[i].Data.TaskId, generated[i].Data.Status.ToString(), generated[i].Data.Generated);
            string fromReflection = Describe(viaReflection.Data.TaskId, viaReflection.Data.Status.ToString(), viaReflection.Data.Generated);
            if (fromGenerated != expected || fromReflection != expected || generated[i].Data.Status == MagnificTaskStatus.Unknown)
            {
                throw new InvalidOperationException($"Payload {i}: generated read {fromGenerated}, STJ source-gen {expected}, reflection {fromReflection}.");
            }

            string writtenGenerated = JsonSerializer.Serialize(generated[i], MagnificJsonContext.Default.TaskDetailResponse);
            string writtenHand = JsonSerializer.Serialize(hand[i], HandJsonContext.Default.HandTaskDetailResponse);
            string writtenReflection = JsonSerializer.Serialize(hand[i], reflectionOptions);
            if (writtenGenerated != writtenHand || writtenReflection != writtenHand)
            {
                throw new InvalidOperationException($"Payload {i} serializes differently: generated {writtenGenerated}, STJ source-gen {writtenHand}, reflection {writtenReflection}.");
            }
        }
    }

    // Enum member names are identical in both enums, so ToString() compares the status by meaning.
    private static string Describe(Guid id, string status, List<Uri> generated) =>
        $"{id}/{status}/[{string.Join(",", generated)}]";
}
