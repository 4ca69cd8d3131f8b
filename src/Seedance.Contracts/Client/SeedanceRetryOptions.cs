namespace Seedance.Contracts;

/// <summary>
/// Retries of transient HTTP failures (5xx, 408, 429, connection errors) for clients registered through
/// dependency injection. Only idempotent requests are retried: a retried POST would create (and bill) a
/// second task. A <c>Retry-After</c> header sent by the server is honoured.
/// </summary>
public sealed class SeedanceRetryOptions
{
    /// <summary>Whether transient failures are retried at all. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times a request is retried after the first attempt. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; later retries back off exponentially. Default 2 seconds.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether retry delays are randomised so many clients do not retry in lockstep. Default <see langword="true"/>.</summary>
    public bool UseJitter { get; set; } = true;

    /// <inheritdoc />
    public override string ToString() =>
        $"Enabled = {Enabled}, MaxRetryAttempts = {MaxRetryAttempts}, BaseDelay = {BaseDelay}, UseJitter = {UseJitter}";
}
