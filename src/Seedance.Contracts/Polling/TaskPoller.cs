namespace Seedance.Contracts;

/// <summary>
/// Watches an asynchronous task until it ends: fetches it, classifies its status, waits with backoff,
/// and repeats — within an overall timeout. Spec-independent: generated clients supply the fetch
/// function and the status classifier.
/// </summary>
/// <remarks>
/// Transient HTTP failures are not retried here; that is the HTTP pipeline's job (the resilience handler
/// registered by dependency injection). An exception thrown by the fetch function ends the polling.
/// <see cref="TaskPollingOptions.Timeout"/> bounds the whole run, fetches included: at the deadline (measured
/// with the given <see cref="TimeProvider"/>) the fetch in flight, or the wait, is cancelled through the token
/// passed to the fetch function and <see cref="TaskPollingTimeoutException"/> is thrown. The last wait is cut to
/// end at the deadline; no poll starts at or after it. A cancellation by the caller's token is never turned into
/// a timeout: it surfaces as <see cref="OperationCanceledException"/>.
/// </remarks>
public static class TaskPoller
{
    /// <summary>Polls a task until it succeeds, fails, the timeout passes or the caller cancels.</summary>
    /// <typeparam name="TDetail">The task detail type the fetch returns.</typeparam>
    /// <param name="fetch">Fetches the task's current detail; it must honour the token it is given, which is
    /// cancelled at the deadline or when <paramref name="cancellationToken"/> is.</param>
    /// <param name="classify">Says what a detail's status means.</param>
    /// <param name="describeStatus">Names a detail's status for messages (for example <c>IN_PROGRESS</c>).</param>
    /// <param name="taskId">The task being watched (for messages).</param>
    /// <param name="options">Backoff and timeout settings.</param>
    /// <param name="timeProvider">The clock for delays and elapsed time.</param>
    /// <param name="progress">Receives every detail fetched, the final one included.</param>
    /// <param name="cancellationToken">Stops the polling with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The detail whose status is <see cref="TaskStatusKind.Succeeded"/>.</returns>
    /// <exception cref="TaskFailedException{TDetail}">The task reached a failure status.</exception>
    /// <exception cref="TaskPollingTimeoutException">No terminal status within <see cref="TaskPollingOptions.Timeout"/>
    /// (a fetch still running at the deadline is cancelled and counted in <see cref="TaskPollingTimeoutException.Attempts"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
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

    // CancellationTokenSource timers accept at most this delay; a longer timeout is only checked between polls.
    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

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
        cancellationToken.ThrowIfCancellationRequested();
        long started = timeProvider.GetTimestamp();
        int attempts = 0;
        string? lastStatus = null;

        // The deadline runs on the given clock, so a fake TimeProvider drives it in tests like the waits.
        using var deadline = options.Timeout <= MaxTimerDelay
            ? new CancellationTokenSource(options.Timeout, timeProvider)
            : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        CancellationToken token = linked.Token;

        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (timeProvider.GetElapsedTime(started) >= options.Timeout)
                {
                    // The wait ended at the deadline just before its timer fired: no poll at the deadline.
                    throw TimedOut(taskId, lastStatus, attempts, timeProvider, started, options, null);
                }

                attempts++;
                TDetail detail = await fetch(token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Fetching task '{taskId}' returned no detail.");
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
                    throw TimedOut(taskId, lastStatus, attempts, timeProvider, started, options, null);
                }

                TimeSpan delay = BackoffSchedule.Delay(options, attempts, options.Jitter == 0 ? 0.5 : Random.Shared.NextDouble());
                await Task.Delay(delay < remaining ? delay : remaining, timeProvider, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(taskId, lastStatus, attempts, timeProvider, started, options, ex);
        }
    }

    private static TaskPollingTimeoutException TimedOut(
        string taskId, string? lastStatus, int attempts, TimeProvider timeProvider, long started, TaskPollingOptions options, Exception? inner) =>
        new(taskId, lastStatus, attempts, timeProvider.GetElapsedTime(started), options.Timeout, inner);
}
