using System.Text.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Matchers;

namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>
/// Puts matchers on a spec example where the values legitimately vary between runs and providers, and
/// leaves everything else exact (above all <c>status</c>, which is the contract).
/// </summary>
internal static class ExampleMatchers
{
    /// <summary>Generated URLs: absolute http(s), nothing more specific (hosts differ per environment).</summary>
    internal const string UrlPattern = "^https?://\\S+$";

    /// <summary>Returns a copy of <paramref name="example"/> with matchers in place of varying values.</summary>
    internal static JsonNode Decorate(JsonNode example) => DecorateNode(example.DeepClone(), propertyName: null)!;

    private static JsonNode? DecorateNode(JsonNode? node, string? propertyName)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = DecorateNode(obj[key]?.DeepClone(), key);
                }

                return obj;

            case JsonArray array when array.Count > 0 && propertyName == "generated":
                // Each generated entry is a URL; the number of them is not fixed by the contract.
                return Match.EachLike(Match.Regex(array[0]!.GetValue<string>(), UrlPattern)).ToIntegrationJson();

            case JsonArray array when array.Count > 0 && propertyName == "data":
                // A task list: at least one entry shaped like the first example entry.
                return Match.EachLike(DecorateNode(array[0]!.DeepClone(), propertyName: null)!).ToIntegrationJson();

            case JsonValue value when value.GetValueKind() == JsonValueKind.String && propertyName == "task_id":
                return Match.Uuid(value.GetValue<string>()).ToIntegrationJson();

            case JsonValue value when value.GetValueKind() == JsonValueKind.String && propertyName == "message":
                // Messages are prose; the contract is that there is one, as a string.
                return Match.Type(value.GetValue<string>()).ToIntegrationJson();

            default:
                return node;
        }
    }
}
