namespace Seedance.Contracts;

/// <summary>
/// Watches an asynchronous task until it ends: fetches it, classifies its status, waits with backoff,
/// and repeats — within an overall timeout. Spec-independent: generated clients supply the fetch
/// function and the status classifier.
/// </summary>
/// <remarks>
/// Transient HTTP failures are not retried here; that is the HTTP pipeline's job (the resilience handler
/// registered by dependency injection). An exception thrown by the fetch function ends the polling.
/// The timeout is checked between polls; a fetch already in flight is bounded by the HTTP client's own
/// timeout (<see cref="SeedanceClientOptions.Timeout"/>), so the last wait ends at the deadline and one
/// final poll runs there before <see cref="TaskPollingTimeoutException"/> is thrown.
/// </remarks>
public static class TaskPoller
{
    /// <summary>Polls a task until it succeeds, fails, the timeout passes or the caller cancels.</summary>
    /// <typeparam name="TDetail">The task detail type the fetch returns.</typeparam>
    /// <param name="fetch">Fetches the task's current detail.</param>
    /// <param name="classify">Says what a detail's status means.</param>
    /// <param name="describeStatus">Names a detail's status for messages (for example <c>IN_PROGRESS</c>).</param>
    /// <param name="taskId">The task being watched (for messages).</param>
    /// <param name="options">Backoff and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and elapsed time.</param>
    /// <param name="progress">Receives every detail fetched, the final one included.</param>
    /// <param name="cancellationToken">Stops the polling with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The detail whose status is <see cref="TaskStatusKind.Succeeded"/>.</returns>
    /// <exception cref="TaskFailedException{TDetail}">The task reached a failure status.</exception>
    /// <exception cref="TaskPollingTimeoutException">No terminal status within <see cref="TaskPollingOptions.Timeout"/>.</exception>
    public static Task<TDetail> WaitAsync<TDetail>(
        Func<CancellationToken, Task<TDetail>> fetch,
        Func<TDetail, TaskStatusKind> classify,
        Func<TDetail, string> describeStatus,
        string taskId,
        TaskPollingOptions options,
        TimeProvider timeProvider,
        IProgress<TDetail>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentNullException.ThrowIfNull(describeStatus);
        ArgumentNullException.ThrowIfNull(taskId);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        return WaitCoreAsync(fetch, classify, describeStatus, taskId, options, timeProvider, progress, cancellationToken);
    }

    private static async Task<TDetail> WaitCoreAsync<TDetail>(
        Func<CancellationToken, Task<TDetail>> fetch,
        Func<TDetail, TaskStatusKind> classify,
        Func<TDetail, string> describeStatus,
        string taskId,
        TaskPollingOptions options,
        TimeProvider timeProvider,
        IProgress<TDetail>? progress,
        CancellationToken cancellationToken)
    {
        long started = timeProvider.GetTimestamp();
        int attempts = 0;
        string? lastStatus = null;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TDetail detail = await fetch(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Fetching task '{taskId}' returned no detail.");
            attempts++;
            lastStatus = describeStatus(detail);
            progress?.Report(detail);

            switch (classify(detail))
            {
                case TaskStatusKind.Succeeded:
                    return detail;
                case TaskStatusKind.Failed:
                    throw new TaskFailedException<TDetail>(taskId, lastStatus, detail);
                default:
                    // Pending and Unknown both mean "not over yet"; Unknown is bounded by the timeout.
                    break;
            }

            TimeSpan remaining = options.Timeout - timeProvider.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TaskPollingTimeoutException(taskId, lastStatus, attempts, timeProvider.GetElapsedTime(started), options.Timeout);
            }

            TimeSpan delay = BackoffSchedule.Delay(options, attempts, options.Jitter == 0 ? 0.5 : Random.Shared.NextDouble());

            // The last wait ends exactly at the deadline, so one final poll happens before giving up.
            await Task.Delay(delay < remaining ? delay : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
