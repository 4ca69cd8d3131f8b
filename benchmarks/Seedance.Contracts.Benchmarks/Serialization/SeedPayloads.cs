using System.Text;

namespace Seedance.Contracts.Benchmarks.Serialization;

/// <summary>
/// The seed operation's 200 payloads (CREATED, IN_PROGRESS, COMPLETED, FAILED), taken from the generated
/// examples catalog rather than retyped, so the benchmark always measures what the spec documents.
/// </summary>
public static class SeedPayloads
{
    /// <summary>The seed page's task-status operation.</summary>
    public const string OperationId = "get_seedance_2_mini_task";

    /// <summary>The four 200 examples as UTF-8 bytes (what an HTTP body is), in spec order.</summary>
    /// <returns>One array per example.</returns>
    /// <exception cref="InvalidOperationException">The catalog does not hold exactly the four status examples.</exception>
    public static byte[][] LoadUtf8()
    {
        var examples = MagnificExamples.All
            .Where(e => e.OperationId == OperationId && e.StatusCode == 200 && e.MediaType == "application/json")
            .ToArray();
        // Fails loudly instead of silently benchmarking a different payload set if the spec or catalog changes.
        string[] expectedStatuses = ["\"CREATED\"", "\"IN_PROGRESS\"", "\"COMPLETED\"", "\"FAILED\""];
        if (examples.Length != 4 || !expectedStatuses.All(s => examples.Any(e => e.Json.Contains(s, StringComparison.Ordinal))))
        {
            throw new InvalidOperationException(
                $"Expected the four task-status 200 examples of {OperationId} in MagnificExamples.All, found {examples.Length}: " +
                string.Join(", ", examples.Select(e => e.Name)));
        }

        return examples.Select(e => Encoding.UTF8.GetBytes(e.Json)).ToArray();
    }
}
