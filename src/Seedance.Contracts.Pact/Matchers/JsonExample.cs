using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Seedance.Contracts.Pact.Matchers;

/// <summary>
/// Turns the values a test passes (anonymous objects, dictionaries, <see cref="JsonNode"/>, JSON elements,
/// primitives, <see cref="Matcher"/>s at any depth) into one JSON tree of examples and matchers.
/// </summary>
internal static class JsonExample
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Converts <paramref name="value"/> into a detached JSON tree.</summary>
    internal static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        Matcher matcher => matcher.ToIntegrationJson(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General);
        options.Converters.Add(new MatcherConverter());
        return options;
    }

    private sealed class MatcherConverter : JsonConverter<Matcher>
    {
        public override Matcher Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Matchers are written into pacts, never read back.");

        public override void Write(Utf8JsonWriter writer, Matcher value, JsonSerializerOptions options) =>
            value.ToIntegrationJson().WriteTo(writer, options);
    }
}
