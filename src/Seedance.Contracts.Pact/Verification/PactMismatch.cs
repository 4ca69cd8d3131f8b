namespace Seedance.Contracts.Pact.Verification;

/// <summary>One thing the mock server saw that the pact did not expect (or expected and did not see).</summary>
/// <param name="Kind">The engine's mismatch type: <c>missing-request</c>, <c>request-not-found</c>, or for a
/// <c>request-mismatch</c> the inner type (<c>BodyMismatch</c>, <c>HeaderMismatch</c>, <c>QueryMismatch</c>, …).</param>
/// <param name="Method">The request method.</param>
/// <param name="Path">The request path.</param>
/// <param name="Description">The engine's sentence saying what differs.</param>
/// <param name="Location">Where it differs: a body path (<c>$.prompt</c>), header or parameter name; null when not applicable.</param>
public sealed record PactMismatch(string Kind, string Method, string Path, string Description, string? Location)
{
    /// <summary>The mismatch as one readable line: <c>[type] METHOD path — mismatch (at key)</c>.</summary>
    public override string ToString() =>
        Location is null
            ? $"[{Kind}] {Method} {Path} — {Description}"
            : $"[{Kind}] {Method} {Path} — {Description} (at {Location})";
}
