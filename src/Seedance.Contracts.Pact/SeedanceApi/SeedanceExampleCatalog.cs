using System.Text.Json.Nodes;

namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>
/// Looks up the spec's named examples (the generated <c>MagnificExamples.All</c>) by operation, status code
/// and name. Operation ids compare loosely (case, <c>_</c> and <c>-</c> ignored) so both the spec's
/// <c>get_seedance_2_mini_task</c> and a C# spelling <c>GetSeedance2MiniTask</c> match.
/// </summary>
public sealed class SeedanceExampleCatalog
{
    private readonly IReadOnlyList<SpecExample> examples;

    /// <summary>Wraps a list of examples.</summary>
    /// <param name="examples">The examples, typically <c>Seedance.Contracts.MagnificExamples.All</c>.</param>
    public SeedanceExampleCatalog(IEnumerable<SpecExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        this.examples = examples.ToList();
    }

    /// <summary>All JSON examples of one response of one operation.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="statusCode">The response status code.</param>
    public IReadOnlyList<SpecExample> For(string operationId, int statusCode) =>
        examples.Where(e => SameOperation(e.OperationId, operationId) && e.StatusCode == statusCode && IsJson(e.MediaType)).ToList();

    /// <summary>The named example; throws with the available names when it is missing.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="statusCode">The response status code.</param>
    /// <param name="name">The example's name in the spec.</param>
    public JsonNode Get(string operationId, int statusCode, string name)
    {
        var match = For(operationId, statusCode).FirstOrDefault(e => e.Name == name);
        return match is not null ? Parse(match) : throw Missing(operationId, statusCode, $"named '{name}'");
    }

    /// <summary>The first example of a response satisfying <paramref name="predicate"/>; throws when there is none.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="statusCode">The response status code.</param>
    /// <param name="what">Describes the wanted example for the error message.</param>
    /// <param name="predicate">Chooses the example from its parsed JSON.</param>
    public JsonNode Find(string operationId, int statusCode, string what, Func<JsonNode, bool> predicate)
    {
        foreach (var example in For(operationId, statusCode))
        {
            var json = Parse(example);
            if (predicate(json))
            {
                return json;
            }
        }

        throw Missing(operationId, statusCode, what);
    }

    /// <summary>The first JSON example of a response, or null when the spec gives none.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="statusCode">The response status code.</param>
    public JsonNode? FirstOrDefault(string operationId, int statusCode) =>
        For(operationId, statusCode).Select(Parse).FirstOrDefault();

    private static JsonNode Parse(SpecExample example) =>
        JsonNode.Parse(example.Json) ?? throw new InvalidOperationException($"Example {example} is JSON null.");

    private InvalidOperationException Missing(string operationId, int statusCode, string what)
    {
        var available = For(operationId, statusCode).Select(e => $"'{e.Name}'").ToList();
        return new InvalidOperationException(
            $"The examples catalog has no {statusCode} example {what} for operation '{operationId}'. " +
            (available.Count == 0 ? "It has no JSON examples for that response." : $"Available: {string.Join(", ", available)}."));
    }

    private static bool IsJson(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool SameOperation(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string operationId) =>
        new(operationId.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
