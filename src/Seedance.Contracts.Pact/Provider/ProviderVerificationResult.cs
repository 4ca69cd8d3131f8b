namespace Seedance.Contracts.Pact.Provider;

/// <summary>The outcome of replaying pacts against a provider.</summary>
/// <param name="ExitCode">The engine's code: 0 all passed, 1 verification failed, 2 could not run.</param>
/// <param name="Interactions">Each interaction the engine replayed, with its result.</param>
/// <param name="Output">The engine's human-readable report (ANSI stripped).</param>
/// <param name="Json">The engine's JSON report.</param>
/// <param name="Logs">The verifier's log lines.</param>
public sealed record ProviderVerificationResult(
    int ExitCode,
    IReadOnlyList<VerifiedInteraction> Interactions,
    string Output,
    string Json,
    string Logs)
{
    /// <summary>
    /// True only when the engine passed AND replayed at least one interaction AND none failed: the engine
    /// reports success for an empty folder or a provider-name mismatch, which must not count as green.
    /// </summary>
    public bool Succeeded => ExitCode == 0 && Interactions.Count > 0 && Interactions.All(i => i.Passed);
}

/// <summary>One replayed interaction.</summary>
/// <param name="Consumer">The consumer of its pact.</param>
/// <param name="Description">The interaction's description.</param>
/// <param name="Passed">Whether the provider's response matched.</param>
/// <param name="Failure">What went wrong, when it failed.</param>
public sealed record VerifiedInteraction(string Consumer, string Description, bool Passed, string? Failure);
