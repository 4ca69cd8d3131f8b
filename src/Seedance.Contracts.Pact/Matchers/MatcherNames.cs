namespace Seedance.Contracts.Pact.Matchers;

/// <summary>
/// The matcher names the engine understands. The engine itself accepts any name and writes it into the
/// pact file (a typo silently becomes a rule no verifier knows), so the kit rejects unknown names.
/// </summary>
public static class MatcherNames
{
    /// <summary>Every accepted <c>pact:matcher:type</c> value.</summary>
    public static IReadOnlyCollection<string> Known { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "type", "regex", "integer", "decimal", "number", "boolean", "include", "datetime", "date", "time",
        "equality", "null", "notEmpty", "semver", "contentType",
    };

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="matcherType"/> is not a known matcher.</summary>
    /// <param name="matcherType">The name to check (case-sensitive, like the engine).</param>
    public static void EnsureKnown(string matcherType)
    {
        ArgumentNullException.ThrowIfNull(matcherType);
        if (!Known.Contains(matcherType))
        {
            throw new ArgumentException(
                $"Unknown Pact matcher '{matcherType}'. Known matchers: {string.Join(", ", Known)}.",
                nameof(matcherType));
        }
    }
}
