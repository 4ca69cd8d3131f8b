namespace Seedance.Contracts;

/// <summary>
/// A watched task did not reach a terminal status within <see cref="TaskPollingOptions.Timeout"/>
/// (including when the server kept sending a status the spec does not list).
/// </summary>
public class TaskPollingTimeoutException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task that was watched.</param>
    /// <param name="lastStatus">The last status seen, or <see langword="null"/> when no poll completed.</param>
    /// <param name="attempts">How many times the task was fetched.</param>
    /// <param name="elapsed">How long the polling ran.</param>
    /// <param name="timeout">The configured overall timeout.</param>
    public TaskPollingTimeoutException(string taskId, string? lastStatus, int attempts, TimeSpan elapsed, TimeSpan timeout)
        : this(taskId, lastStatus, attempts, elapsed, timeout, null)
    {
    }

    /// <summary>Creates the exception, keeping the cancellation of the fetch that was in flight at the deadline.</summary>
    /// <param name="taskId">The task that was watched.</param>
    /// <param name="lastStatus">The last status seen, or <see langword="null"/> when no poll completed.</param>
    /// <param name="attempts">How many times the task was fetched (a fetch cancelled at the deadline included).</param>
    /// <param name="elapsed">How long the polling ran.</param>
    /// <param name="timeout">The configured overall timeout.</param>
    /// <param name="innerException">The cancellation of the fetch or wait cut off at the deadline, or <see langword="null"/>.</param>
    public TaskPollingTimeoutException(string taskId, string? lastStatus, int attempts, TimeSpan elapsed, TimeSpan timeout, Exception? innerException)
        : base($"Task '{taskId}' did not finish within {timeout}: last status {lastStatus ?? "(none seen)"} after {attempts} poll(s) in {elapsed}.", innerException)
    {
        TaskId = taskId;
        LastStatus = lastStatus;
        Attempts = attempts;
        Elapsed = elapsed;
        Timeout = timeout;
    }

    /// <summary>The task that was watched.</summary>
    public string TaskId { get; }

    /// <summary>The last status seen, or <see langword="null"/> when no poll completed.</summary>
    public string? LastStatus { get; }

    /// <summary>How many times the task was fetched (a fetch cancelled at the deadline included).</summary>
    public int Attempts { get; }

    /// <summary>How long the polling ran.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The configured overall timeout.</summary>
    public TimeSpan Timeout { get; }
}
