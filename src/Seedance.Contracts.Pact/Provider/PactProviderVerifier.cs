using System.Text.Json;
using Seedance.Contracts.Pact.Interop;

namespace Seedance.Contracts.Pact.Provider;

/// <summary>
/// Replays pact files against a running provider with the engine's verifier. The provider must be a real
/// HTTP server (e.g. Kestrel on loopback); provider states are POSTed as JSON to <see cref="ProviderStateUri"/>.
/// </summary>
public sealed class PactProviderVerifier
{
    private readonly List<string> pactFiles = new();

    /// <summary>Creates a verifier.</summary>
    /// <param name="providerName">The provider name the pacts were written for.</param>
    /// <param name="providerBaseUri">Where the provider listens.</param>
    public PactProviderVerifier(string providerName, Uri providerBaseUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentNullException.ThrowIfNull(providerBaseUri);
        ProviderName = providerName;
        ProviderBaseUri = providerBaseUri;
    }

    /// <summary>The provider's name.</summary>
    public string ProviderName { get; }

    /// <summary>Where the provider listens.</summary>
    public Uri ProviderBaseUri { get; }

    /// <summary>Where provider-state setup/teardown requests go; null to ignore states.</summary>
    public Uri? ProviderStateUri { get; set; }

    /// <summary>Whether a teardown call follows each interaction (default true).</summary>
    public bool StateTeardown { get; set; } = true;

    /// <summary>Timeout for each provider request (default 5 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Adds one pact file. Files are verified even if their provider name differs, so check names yourself.</summary>
    /// <param name="path">The pact file.</param>
    public PactProviderVerifier WithPactFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Pact file '{path}' does not exist.", path);
        }

        pactFiles.Add(Path.GetFullPath(path));
        return this;
    }

    /// <summary>Runs the verification.</summary>
    /// <param name="cancellationToken">Checked before the (blocking) engine run starts.</param>
    /// <returns>The outcome; see <see cref="ProviderVerificationResult.Succeeded"/>.</returns>
    public Task<ProviderVerificationResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        if (pactFiles.Count == 0)
        {
            throw new InvalidOperationException("No pact files to verify: call WithPactFile(...) first.");
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The engine blocks while it replays; keep it off the caller's thread so the in-process provider can serve.
        return Task.Run(Execute, cancellationToken);
    }

    private ProviderVerificationResult Execute()
    {
        using var handle = VerifierSafeHandle.Create("seedance-contracts-pact", typeof(PactProviderVerifier).Assembly.GetName().Version?.ToString() ?? "0");
        string basePath = ProviderBaseUri.AbsolutePath.Length == 0 ? "/" : ProviderBaseUri.AbsolutePath;
        PactFfi.VerifierSetProviderInfo(handle, ProviderName, ProviderBaseUri.Scheme, ProviderBaseUri.Host, (ushort)ProviderBaseUri.Port, basePath);
        if (ProviderStateUri is not null)
        {
            PactFfi.VerifierSetProviderState(handle, ProviderStateUri.ToString(), StateTeardown ? (byte)1 : (byte)0, body: 1);
        }

        Check(PactFfi.VerifierSetVerificationOptions(handle, 0, new System.Runtime.InteropServices.CULong((nuint)RequestTimeout.TotalMilliseconds)), "pactffi_verifier_set_verification_options");
        Check(PactFfi.VerifierSetColouredOutput(handle, 0), "pactffi_verifier_set_coloured_output");
        foreach (var file in pactFiles)
        {
            PactFfi.VerifierAddFileSource(handle, file);
        }

        int exitCode = PactFfi.VerifierExecute(handle);
        string output = NativeStrings.CopyAndFree(PactFfi.VerifierOutput(handle, 1)) ?? string.Empty;
        string json = NativeStrings.CopyAndFree(PactFfi.VerifierJson(handle)) ?? "{}";
        string logs = NativeStrings.CopyAndFree(PactFfi.VerifierLogs(handle)) ?? string.Empty;
        return new ProviderVerificationResult(exitCode, ParseInteractions(json), output, json, logs);
    }

    private static void Check(int rc, string operation)
    {
        if (rc != 0)
        {
            throw new PactEngineException(operation, $"returned {rc}.", NativeStrings.LastErrorMessage());
        }
    }

    private static IReadOnlyList<VerifiedInteraction> ParseInteractions(string json)
    {
        var result = new List<VerifiedInteraction>();
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("interactionResults", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in items.EnumerateArray())
        {
            bool passed = item.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.String && r.GetString() == "OK";
            string? failure = passed ? null : item.TryGetProperty("mismatch", out var m) ? m.GetRawText() : item.GetRawText();
            result.Add(new VerifiedInteraction(
                item.TryGetProperty("consumer", out var c) ? c.ToString() : "?",
                item.TryGetProperty("description", out var d) ? d.ToString() : "?",
                passed,
                failure));
        }

        return result;
    }
}
