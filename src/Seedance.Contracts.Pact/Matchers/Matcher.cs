using System.Text.Json.Nodes;

namespace Seedance.Contracts.Pact.Matchers;

/// <summary>
/// One Pact matching rule with its example value, serialised to the engine's integration JSON
/// (<c>{"pact:matcher:type": …, "value": …}</c>). Create instances through <see cref="Match"/>.
/// </summary>
public sealed class Matcher
{
    private readonly JsonObject attributes;

    internal Matcher(string matcherType, JsonNode? example, JsonObject? attributes = null)
    {
        MatcherNames.EnsureKnown(matcherType);
        MatcherType = matcherType;
        Example = example;
        this.attributes = attributes ?? new JsonObject();
    }

    /// <summary>The engine's matcher name, e.g. <c>type</c> or <c>regex</c>.</summary>
    public string MatcherType { get; }

    /// <summary>The example value the mock server serves and the pact file records.</summary>
    public JsonNode? Example { get; }

    /// <summary>The integration JSON for this rule (a fresh copy on every call).</summary>
    public JsonObject ToIntegrationJson()
    {
        var node = new JsonObject { ["pact:matcher:type"] = MatcherType };
        foreach (var (key, value) in attributes)
        {
            node[key] = value?.DeepClone();
        }

        node["value"] = Example?.DeepClone();
        return node;
    }

    /// <summary>The integration JSON as compact text (what header, query and path arguments take).</summary>
    public string ToIntegrationJsonString() => ToIntegrationJson().ToJsonString();

    /// <inheritdoc />
    public override string ToString() => ToIntegrationJsonString();
}
