namespace Seedance.Contracts;

/// <summary>
/// How a task is polled until it ends: exponential backoff with jitter, capped, within an overall timeout.
/// </summary>
public sealed class TaskPollingOptions
{
    /// <summary>The delay after the first poll. Default 1 second.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Each delay is the previous one times this factor (at least 1). Default 1.5.</summary>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>No delay is longer than this. Default 15 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Random spread of each delay as a fraction (0 to 1): 0.2 means each delay is between 80% and 120%
    /// of its nominal value (never above <see cref="MaxDelay"/>). Default 0.1.
    /// </summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>
    /// How long to wait in total before giving up with <see cref="TaskPollingTimeoutException"/>. Default 10 minutes.
    /// The bound is hard: a fetch still in flight at the deadline is cancelled (it does not run on until
    /// <see cref="SeedanceClientOptions.Timeout"/>), and no poll starts at or after it.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Checks the values and throws when one makes no sense.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (InitialDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialDelay), InitialDelay, "InitialDelay must not be negative.");
        }

        if (MaxDelay < InitialDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "MaxDelay must be at least InitialDelay.");
        }

        if (double.IsNaN(BackoffFactor) || BackoffFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "BackoffFactor must be at least 1.");
        }

        if (double.IsNaN(Jitter) || Jitter < 0 || Jitter > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Jitter), Jitter, "Jitter must be between 0 and 1.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive.");
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"InitialDelay = {InitialDelay}, BackoffFactor = {BackoffFactor}, MaxDelay = {MaxDelay}, Jitter = {Jitter}, Timeout = {Timeout}";
}
