namespace Seedance.Contracts.Simulator.Faults;

/// <summary>An error response the simulator returns instead of serving an API request.</summary>
/// <param name="StatusCode">HTTP status, 400–599 (typically 500 or 503; 429 works for rate-limit tests).</param>
/// <param name="RetryAfter">When set, a <c>Retry-After</c> header in whole seconds (rounded up).</param>
public sealed record SimulatedFault(int StatusCode, TimeSpan? RetryAfter = null)
{
    /// <summary>500 with <c>{"message":"Internal Server Error"}</c>, as the spec's 500 example.</summary>
    public static SimulatedFault InternalServerError { get; } = new(500);

    /// <summary>503 with <c>{"message":"Service Unavailable. Please try again later."}</c>, as the spec's 503 example.</summary>
    public static SimulatedFault ServiceUnavailable { get; } = new(503);
}
