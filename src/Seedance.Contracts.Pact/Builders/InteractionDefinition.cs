using System.Text.Json.Nodes;

namespace Seedance.Contracts.Pact.Builders;

/// <summary>A provider state with its parameters, as recorded in the pact.</summary>
internal sealed record ProviderStateDefinition(string Name, JsonObject? Parameters);

/// <summary>A header or query value: plain text, or a matcher's integration JSON.</summary>
internal sealed record NamedValue(string Name, string Value);

/// <summary>A body with its content type; the JSON may contain matchers.</summary>
internal sealed record BodyDefinition(string ContentType, JsonNode? Json);

/// <summary>
/// Everything one interaction says, collected in managed memory first so nothing reaches the engine
/// until the whole pact is valid (the engine mutates its model even when it later reports an error).
/// </summary>
internal sealed class InteractionDefinition
{
    internal InteractionDefinition(string description) => Description = description;

    internal string Description { get; }

    internal List<ProviderStateDefinition> States { get; } = new();

    internal string? Method { get; set; }

    internal string? Path { get; set; }

    internal List<NamedValue> Query { get; } = new();

    internal List<NamedValue> RequestHeaders { get; } = new();

    internal BodyDefinition? RequestBody { get; set; }

    internal ushort? ResponseStatus { get; set; }

    internal List<NamedValue> ResponseHeaders { get; } = new();

    internal BodyDefinition? ResponseBody { get; set; }

    /// <summary>
    /// What the mock server matches a request on. Two interactions with the same key in one mock server
    /// are ambiguous: the engine serves the first response and counts both as matched.
    /// </summary>
    internal string RequestKey()
    {
        var headers = RequestHeaders
            .Select(h => $"{h.Name.ToLowerInvariant()}={h.Value}")
            .Order(StringComparer.Ordinal);
        var query = Query.Select(q => $"{q.Name}={q.Value}");
        return string.Join(
            "\n",
            Method,
            Path,
            string.Join("&", query),
            string.Join(";", headers),
            RequestBody?.ContentType,
            RequestBody?.Json?.ToJsonString());
    }

    /// <summary>A short label for messages, e.g. <c>GET /v1/tasks/1</c>.</summary>
    internal string RequestLabel() => $"{Method} {Path}";
}
