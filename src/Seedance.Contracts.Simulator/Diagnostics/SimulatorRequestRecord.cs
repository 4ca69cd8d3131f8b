namespace Seedance.Contracts.Simulator.Diagnostics;

/// <summary>One request the simulator answered. The API key itself is never recorded.</summary>
/// <param name="Timestamp">When the response was finished (simulator's <see cref="TimeProvider"/>).</param>
/// <param name="Method">HTTP method, e.g. <c>GET</c>.</param>
/// <param name="Path">Request path, e.g. <c>/v1/ai/video/seedance-2-mini/…</c>.</param>
/// <param name="QueryString">Query string including <c>?</c>, or empty.</param>
/// <param name="StatusCode">The status code returned.</param>
/// <param name="ApiKeyPresent">Whether an <c>x-magnific-api-key</c> header was sent.</param>
public sealed record SimulatorRequestRecord(
    DateTimeOffset Timestamp,
    string Method,
    string Path,
    string QueryString,
    int StatusCode,
    bool ApiKeyPresent);
