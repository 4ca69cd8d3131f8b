using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Seedance.Contracts.Pact.Matchers;

/// <summary>
/// Pact matchers, PactNet style: each returns a <see cref="Matcher"/> that can stand anywhere in a JSON
/// body, or as a path, header or query value.
/// </summary>
public static class Match
{
    /// <summary>Lower-case canonical UUID, the shape the Magnific API returns for task ids.</summary>
    public const string UuidPattern = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /// <summary>The example UUID used when a test does not give one (fixed, so pact files are reproducible).</summary>
    public const string DefaultUuidExample = "046b6c7f-0b8a-43b9-b35d-6489e6daee91";

    /// <summary>Matches any value of the same JSON type as <paramref name="example"/>.</summary>
    /// <param name="example">The example value (any JSON-serialisable value, may contain matchers).</param>
    public static Matcher Type(object example) => new("type", JsonExample.ToNode(example));

    /// <summary>Matches strings against a regular expression.</summary>
    /// <param name="example">An example that must itself match <paramref name="regex"/>.</param>
    /// <param name="regex">The regular expression (Rust regex syntax; keep to the common subset).</param>
    /// <exception cref="ArgumentException">The example does not match the expression.</exception>
    public static Matcher Regex(string example, string regex)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentException.ThrowIfNullOrEmpty(regex);
        if (!System.Text.RegularExpressions.Regex.IsMatch(example, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            throw new ArgumentException($"The example '{example}' does not match the regular expression '{regex}'.", nameof(example));
        }

        return new Matcher("regex", JsonValue.Create(example), new JsonObject { ["regex"] = regex });
    }

    /// <summary>Matches a lower-case canonical UUID string.</summary>
    /// <param name="example">The example UUID; a fixed one when omitted.</param>
    public static Matcher Uuid(string example = DefaultUuidExample) => Regex(example, UuidPattern);

    /// <summary>Matches any integer.</summary>
    /// <param name="example">The example value.</param>
    public static Matcher Integer(long example) => new("integer", JsonValue.Create(example));

    /// <summary>Matches any number with a fractional part.</summary>
    /// <param name="example">The example value.</param>
    public static Matcher Decimal(double example) => new("decimal", JsonValue.Create(example));

    /// <summary>Matches an array whose every element is like <paramref name="template"/>, with at least <paramref name="min"/> elements.</summary>
    /// <param name="template">One example element (may contain matchers).</param>
    /// <param name="min">The minimum number of elements (at least 1: the example array holds one element).</param>
    public static Matcher EachLike(object template, int min = 1)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        return new Matcher("type", new JsonArray(JsonExample.ToNode(template)), new JsonObject { ["min"] = min });
    }

    /// <summary>Matches strings that contain <paramref name="substring"/>.</summary>
    /// <param name="substring">The text that must occur; also the example.</param>
    public static Matcher Include(string substring)
    {
        ArgumentException.ThrowIfNullOrEmpty(substring);
        return new Matcher("include", JsonValue.Create(substring));
    }

    /// <summary>Matches date-time strings in a Java-style <paramref name="format"/> (e.g. <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>).</summary>
    /// <param name="example">An example in that format.</param>
    /// <param name="format">The Java DateTimeFormatter pattern the engine checks.</param>
    public static Matcher DateTime(string example, string format = "yyyy-MM-dd'T'HH:mm:ssXXX")
    {
        ArgumentException.ThrowIfNullOrEmpty(example);
        ArgumentException.ThrowIfNullOrEmpty(format);
        return new Matcher("datetime", JsonValue.Create(example), new JsonObject { ["format"] = format });
    }

    /// <summary>Matches only the exact example value (switches off an outer type matcher).</summary>
    /// <param name="example">The exact value.</param>
    public static Matcher Equality(object example) => new("equality", JsonExample.ToNode(example));

    /// <summary>
    /// Any other engine matcher by name, for rules the typed methods do not cover. The name is checked against
    /// <see cref="MatcherNames.Known"/>; unknown names are rejected instead of silently written to the pact.
    /// </summary>
    /// <param name="matcherType">The engine's matcher name.</param>
    /// <param name="example">The example value.</param>
    /// <param name="attributes">Extra integration JSON fields (e.g. <c>format</c>, <c>min</c>).</param>
    /// <exception cref="ArgumentException">The name is not a known matcher.</exception>
    public static Matcher Named(string matcherType, object? example, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        var extra = new JsonObject();
        foreach (var (key, value) in attributes ?? new Dictionary<string, object?>())
        {
            if (key is "pact:matcher:type" or "value")
            {
                throw new ArgumentException($"'{key}' is set by the kit, not through attributes.", nameof(attributes));
            }

            extra[key] = JsonExample.ToNode(value);
        }

        return new Matcher(matcherType, JsonExample.ToNode(example), extra);
    }
}
