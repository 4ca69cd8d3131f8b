namespace Seedance.Contracts.Pact.Verification;

/// <summary>
/// The consumer's requests did not match the pact. The message lists one mismatch per line; no pact file
/// was written.
/// </summary>
public sealed class PactVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="consumer">The consumer name.</param>
    /// <param name="provider">The provider name.</param>
    /// <param name="mismatches">What did not match.</param>
    /// <param name="mockServerLogs">The mock server's log lines, copied before it shut down.</param>
    /// <param name="testException">The exception the test code threw, if any (often a consequence of the mismatch).</param>
    public PactVerificationException(
        string consumer,
        string provider,
        IReadOnlyList<PactMismatch> mismatches,
        string mockServerLogs,
        Exception? testException)
        : base(Compose(consumer, provider, mismatches, mockServerLogs, testException), testException)
    {
        Mismatches = mismatches;
        MockServerLogs = mockServerLogs;
    }

    /// <summary>What did not match, one entry per problem.</summary>
    public IReadOnlyList<PactMismatch> Mismatches { get; }

    /// <summary>The mock server's log lines for this test.</summary>
    public string MockServerLogs { get; }

    private static string Compose(
        string consumer,
        string provider,
        IReadOnlyList<PactMismatch> mismatches,
        string logs,
        Exception? testException)
    {
        var lines = new List<string>
        {
            $"Pact verification failed for {consumer} -> {provider}: {mismatches.Count} mismatch(es); no pact file was written.",
        };
        lines.AddRange(mismatches.Select(m => "  " + m));
        if (mismatches.Count == 0)
        {
            lines.Add("  (the engine reported the interactions as not matched but gave no details)");
        }

        if (testException is not null)
        {
            lines.Add($"The test code also threw {testException.GetType().Name}: {testException.Message}");
        }

        // Log lines stay in MockServerLogs, not in the message: they echo request headers, keys included.
        if (!string.IsNullOrWhiteSpace(logs))
        {
            lines.Add("The mock server's log lines are in PactVerificationException.MockServerLogs.");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
