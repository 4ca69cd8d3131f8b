namespace Seedance.Contracts;

/// <summary>The delays between polls: a pure function so it can be checked without a clock.</summary>
internal static class BackoffSchedule
{
    /// <summary>The nominal (jitter-free) delay after poll number <paramref name="attempt"/> (1-based).</summary>
    public static TimeSpan NominalDelay(TaskPollingOptions options, int attempt)
    {
        double ticks = options.InitialDelay.Ticks * Math.Pow(options.BackoffFactor, Math.Max(0, attempt - 1));
        double cap = options.MaxDelay.Ticks;
        return TimeSpan.FromTicks((long)Math.Min(ticks, cap));
    }

    /// <summary>
    /// The delay after poll number <paramref name="attempt"/>, spread by <see cref="TaskPollingOptions.Jitter"/>.
    /// <paramref name="unitRandom"/> is a value in [0, 1); 0.5 gives the nominal delay.
    /// </summary>
    public static TimeSpan Delay(TaskPollingOptions options, int attempt, double unitRandom)
    {
        TimeSpan nominal = NominalDelay(options, attempt);
        double spread = 1 + options.Jitter * ((unitRandom * 2) - 1);
        double ticks = Math.Min(nominal.Ticks * spread, options.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)Math.Max(0, ticks));
    }
}
