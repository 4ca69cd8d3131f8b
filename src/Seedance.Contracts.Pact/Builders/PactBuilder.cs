using System.Runtime.ExceptionServices;
using Seedance.Contracts.Pact.Interop;
using Seedance.Contracts.Pact.Verification;

namespace Seedance.Contracts.Pact.Builders;

/// <summary>
/// Collects the interactions of one consumer test, runs the test against the engine's mock server and
/// writes the pact file when everything matched. One builder serves one test (one mock server).
/// </summary>
public sealed class PactBuilder
{
    private readonly List<InteractionDefinition> interactions = new();
    private bool verified;

    /// <summary>Creates a builder.</summary>
    /// <param name="consumer">The consumer's name (first half of the pact file name).</param>
    /// <param name="provider">The provider's name (second half of the pact file name; the verifier matches on it).</param>
    /// <param name="config">Output folder and specification version; defaults when null.</param>
    public PactBuilder(string consumer, string provider, PactConfig? config = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        Consumer = consumer;
        Provider = provider;
        Config = config ?? new PactConfig();
    }

    /// <summary>The consumer's name.</summary>
    public string Consumer { get; }

    /// <summary>The provider's name.</summary>
    public string Provider { get; }

    /// <summary>The settings in use.</summary>
    public PactConfig Config { get; }

    /// <summary>A V4 pact builder (the default format).</summary>
    /// <param name="consumer">The consumer's name.</param>
    /// <param name="provider">The provider's name.</param>
    /// <param name="pactDir">Output folder; <c>pacts</c> under the current directory when null.</param>
    public static PactBuilder V4(string consumer, string provider, string? pactDir = null) =>
        new(consumer, provider, Configure(PactSpecVersion.V4, pactDir));

    /// <summary>A V3 pact builder.</summary>
    /// <param name="consumer">The consumer's name.</param>
    /// <param name="provider">The provider's name.</param>
    /// <param name="pactDir">Output folder; <c>pacts</c> under the current directory when null.</param>
    public static PactBuilder V3(string consumer, string provider, string? pactDir = null) =>
        new(consumer, provider, Configure(PactSpecVersion.V3, pactDir));

    /// <summary>Starts a new interaction.</summary>
    /// <param name="description">What the consumer does; unique within the pact (the engine replaces same-named interactions).</param>
    public RequestBuilder UponReceiving(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        EnsureNotVerified();
        if (interactions.Any(i => i.Description == description))
        {
            throw new InvalidOperationException($"An interaction described as '{description}' already exists in this pact builder.");
        }

        var interaction = new InteractionDefinition(description);
        interactions.Add(interaction);
        return new RequestBuilder(interaction);
    }

    /// <summary>
    /// Starts the mock server on 127.0.0.1 (free port), runs <paramref name="test"/> against its base address,
    /// then checks that every interaction was received exactly as described and nothing else was. On success
    /// the pact file is written (merged) into <see cref="PactConfig.PactDir"/>; on failure a
    /// <see cref="PactVerificationException"/> lists each mismatch and no file is written.
    /// </summary>
    /// <param name="test">The consumer code under test; receives the mock server's base address.</param>
    /// <param name="cancellationToken">Cancels the wait for the test code.</param>
    public async Task VerifyAsync(Func<Uri, Task> test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        EnsureNotVerified();
        verified = true;
        Validate();

        using var pact = PactHandleOwner.Create(Consumer, Provider, Config.SpecVersion);
        foreach (var interaction in interactions)
        {
            InteractionWriter.Register(pact, interaction);
        }

        string mismatchesJson;
        string logs;
        bool matched;
        Exception? testException = null;
        using (var server = MockServerOwner.Start(pact))
        {
            try
            {
                await test(server.BaseUri).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                testException = ex;
            }

            // These strings belong to the mock server and vanish with it: copy before cleanup.
            matched = server.Matched();
            mismatchesJson = server.MismatchesJson();
            logs = server.Logs();
        }

        var mismatches = MismatchParser.Parse(mismatchesJson);
        if (!matched || mismatches.Count > 0)
        {
            throw new PactVerificationException(Consumer, Provider, mismatches, logs, testException);
        }

        if (testException is not null)
        {
            ExceptionDispatchInfo.Capture(testException).Throw();
        }

        Directory.CreateDirectory(Config.PactDir);
        pact.WriteFile(Config.PactDir);
    }

    private void Validate()
    {
        if (interactions.Count == 0)
        {
            throw new InvalidOperationException("The pact builder has no interactions: call UponReceiving(...) first.");
        }

        foreach (var interaction in interactions)
        {
            if (interaction.Method is null || interaction.Path is null)
            {
                throw new InvalidOperationException($"Interaction '{interaction.Description}' has no request: call WithRequest(method, path).");
            }
        }

        var duplicate = interactions.GroupBy(i => i.RequestKey()).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            // The engine would serve the first response for both and report both as matched.
            throw new InvalidOperationException(
                $"Interactions {string.Join(" and ", duplicate.Select(i => $"'{i.Description}'"))} have the same request " +
                $"({duplicate.First().RequestLabel()}) and cannot share one mock server; put them in separate tests.");
        }
    }

    private void EnsureNotVerified()
    {
        if (verified)
        {
            throw new InvalidOperationException("This pact builder was already verified; create a new one for each test.");
        }
    }

    private static PactConfig Configure(PactSpecVersion version, string? pactDir)
    {
        var config = new PactConfig { SpecVersion = version };
        if (pactDir is not null)
        {
            config.PactDir = pactDir;
        }

        return config;
    }
}
