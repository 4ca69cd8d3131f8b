using static Seedance.Contracts.Tests.Polling.ScriptedTask;

namespace Seedance.Contracts.Tests.Polling;

/// <summary>TaskPollingOptions.Timeout bounds a fetch that is still in flight, not only the waits between polls.</summary>
public sealed class TaskPollerDeadlineTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly PollingClock _clock = new();

    private static TaskPollingOptions Options(double timeoutSeconds) => new()
    {
        InitialDelay = TimeSpan.FromSeconds(1),
        BackoffFactor = 1,
        MaxDelay = TimeSpan.FromSeconds(1),
        Jitter = 0,
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
    };

    [Fact]
    public async Task A_fetch_hanging_at_the_deadline_is_cancelled_and_reported_as_a_timeout()
    {
        var fetches = new HangingFetches("IN_PROGRESS");

        Task<Detail> waiting = TaskPoller.WaitAsync(fetches.FetchAsync, Classify, Describe, "task-1", Options(2), _clock);
        (await _clock.NextWaitAsync()).Should().Be(TimeSpan.FromSeconds(1));
        _clock.Fake.Advance(TimeSpan.FromSeconds(1));
        CancellationToken hungToken = await fetches.Hung.Task.WaitAsync(HangGuard);
        hungToken.IsCancellationRequested.Should().BeFalse();
        _clock.Fake.Advance(TimeSpan.FromSeconds(1));

        var timeout = (await waiting.Invoking(t => t.WaitAsync(HangGuard)).Should().ThrowAsync<TaskPollingTimeoutException>()).Which;
        hungToken.IsCancellationRequested.Should().BeTrue();
        timeout.LastStatus.Should().Be("IN_PROGRESS");
        timeout.Attempts.Should().Be(2);
        timeout.Elapsed.Should().Be(TimeSpan.FromSeconds(2));
        timeout.Timeout.Should().Be(TimeSpan.FromSeconds(2));
        timeout.InnerException.Should().BeAssignableTo<OperationCanceledException>();
    }

    [Fact]
    public async Task A_first_fetch_that_never_answers_times_out_with_no_status_seen()
    {
        var fetches = new HangingFetches();

        Task<Detail> waiting = TaskPoller.WaitAsync(fetches.FetchAsync, Classify, Describe, "task-1", Options(5), _clock);
        await fetches.Hung.Task.WaitAsync(HangGuard);
        _clock.Fake.Advance(TimeSpan.FromSeconds(5));

        var timeout = (await waiting.Invoking(t => t.WaitAsync(HangGuard)).Should().ThrowAsync<TaskPollingTimeoutException>()).Which;
        timeout.LastStatus.Should().BeNull();
        timeout.Attempts.Should().Be(1);
        timeout.Message.Should().Contain("(none seen)");
    }

    [Fact]
    public async Task Cancelling_by_the_caller_during_a_hanging_fetch_is_an_OperationCanceledException_not_a_timeout()
    {
        var fetches = new HangingFetches();
        using var cts = new CancellationTokenSource();

        Task<Detail> waiting = TaskPoller.WaitAsync(fetches.FetchAsync, Classify, Describe, "task-1", Options(5), _clock, cancellationToken: cts.Token);
        await fetches.Hung.Task.WaitAsync(HangGuard);
        cts.Cancel();

        // TaskPollingTimeoutException is not an OperationCanceledException, so this also rules out a timeout.
        await waiting.Invoking(t => t.WaitAsync(HangGuard)).Should().ThrowAsync<OperationCanceledException>();
        _clock.Fake.GetUtcNow().Should().Be(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero), "no fake time passed");
    }

    [Fact]
    public async Task The_caller_cancelling_after_the_deadline_passed_still_wins_over_the_timeout()
    {
        // Both tokens are cancelled by the time the fetch gives up: the caller's request to stop is honoured.
        var fetches = new HangingFetches(ignoreCancellation: true);
        using var cts = new CancellationTokenSource();

        Task<Detail> waiting = TaskPoller.WaitAsync(fetches.FetchAsync, Classify, Describe, "task-1", Options(5), _clock, cancellationToken: cts.Token);
        await fetches.Hung.Task.WaitAsync(HangGuard);
        _clock.Fake.Advance(TimeSpan.FromSeconds(5));
        cts.Cancel();
        fetches.Release.SetCanceled(cts.Token);

        await waiting.Invoking(t => t.WaitAsync(HangGuard)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_timeout_longer_than_a_timer_can_hold_still_polls_normally()
    {
        var task = new ScriptedTask(_clock.Fake, "IN_PROGRESS", "COMPLETED");
        TaskPollingOptions options = Options(1);
        options.Timeout = TimeSpan.FromDays(400);

        Detail done = await _clock.RunAsync(TaskPoller.WaitAsync(task.FetchAsync, Classify, Describe, "task-1", options, _clock));

        done.Status.Should().Be("COMPLETED");
        task.FetchTimes.Should().Equal(TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    /// <summary>Answers with the scripted statuses, then hangs until its token is cancelled (or <see cref="Release"/> ends).</summary>
    private sealed class HangingFetches(params string[] statuses)
    {
        private readonly bool _ignoreCancellation;
        private int _count;

        public HangingFetches(bool ignoreCancellation)
            : this()
        {
            _ignoreCancellation = ignoreCancellation;
        }

        /// <summary>Completes with the hanging fetch's token when the hang starts.</summary>
        public TaskCompletionSource<CancellationToken> Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Ends a hang that ignores its token.</summary>
        public TaskCompletionSource<Detail> Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<Detail> FetchAsync(CancellationToken cancellationToken)
        {
            int poll = ++_count;
            if (poll <= statuses.Length)
            {
                return new Detail(poll, statuses[poll - 1]);
            }

            Hung.TrySetResult(cancellationToken);
            if (_ignoreCancellation)
            {
                return await Release.Task;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: an infinite delay only ends by cancellation");
        }
    }
}
