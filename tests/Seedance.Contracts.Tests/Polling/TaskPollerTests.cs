using Microsoft.Extensions.Time.Testing;
using static Seedance.Contracts.Tests.Polling.ScriptedTask;

namespace Seedance.Contracts.Tests.Polling;

public sealed class TaskPollerTests
{
    private readonly PollingClock _clock = new();

    private FakeTimeProvider Time => _clock.Fake;

    private static TaskPollingOptions NoJitter(double initialSeconds = 1, double factor = 2, double maxSeconds = 5, double timeoutSeconds = 600) => new()
    {
        InitialDelay = TimeSpan.FromSeconds(initialSeconds),
        BackoffFactor = factor,
        MaxDelay = TimeSpan.FromSeconds(maxSeconds),
        Jitter = 0,
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
    };

    private Task<Detail> Wait(ScriptedTask task, TaskPollingOptions options, IProgress<Detail>? progress = null, CancellationToken ct = default) =>
        TaskPoller.WaitAsync(task.FetchAsync, Classify, Describe, "task-1", options, _clock, progress, ct);

    [Fact]
    public async Task Returns_the_detail_of_the_first_succeeded_status()
    {
        var task = new ScriptedTask(Time, "CREATED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED");

        Detail result = await _clock.RunAsync(Wait(task, NoJitter()));

        result.Should().Be(new Detail(4, "COMPLETED"));
        task.FetchTimes.Should().HaveCount(4);
    }

    [Fact]
    public async Task Returns_without_waiting_when_the_first_poll_is_already_terminal()
    {
        var task = new ScriptedTask(Time, "COMPLETED");

        Task<Detail> waiting = Wait(task, NoJitter());

        waiting.IsCompletedSuccessfully.Should().BeTrue();
        (await waiting).Poll.Should().Be(1);
    }

    [Fact]
    public async Task Throws_TaskFailedException_carrying_the_failed_detail()
    {
        var task = new ScriptedTask(Time, "CREATED", "FAILED");

        Func<Task> act = () => _clock.RunAsync(Wait(task, NoJitter()));

        var failure = (await act.Should().ThrowAsync<TaskFailedException<Detail>>()).Which;
        failure.Detail.Should().Be(new Detail(2, "FAILED"));
        ((TaskFailedException)failure).Detail.Should().BeSameAs(failure.Detail);
        failure.TaskId.Should().Be("task-1");
        failure.Status.Should().Be("FAILED");
        failure.Message.Should().Contain("task-1").And.Contain("FAILED");
    }

    [Fact]
    public async Task Times_out_with_the_last_status_attempts_and_elapsed_time()
    {
        var task = new ScriptedTask(Time, "CREATED", "IN_PROGRESS");

        Func<Task> act = () => _clock.RunAsync(Wait(task, NoJitter(timeoutSeconds: 10)));

        var timeout = (await act.Should().ThrowAsync<TaskPollingTimeoutException>()).Which;
        // Polls at 0, 1, 3, 7 s, then the last wait is cut to the deadline, where polling ends (the deadline is
        // hard: no poll starts at or after it).
        task.FetchTimes.Should().Equal(
            TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(7));
        timeout.LastStatus.Should().Be("IN_PROGRESS");
        timeout.Attempts.Should().Be(4);
        timeout.Elapsed.Should().Be(TimeSpan.FromSeconds(10));
        timeout.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        timeout.TaskId.Should().Be("task-1");
        timeout.Message.Should().Contain("IN_PROGRESS").And.Contain("4 poll(s)");
    }

    [Fact]
    public async Task A_status_the_spec_does_not_list_keeps_polling_until_the_timeout_instead_of_forever()
    {
        var task = new ScriptedTask(Time, "CREATED", "PAUSED_FOR_REVIEW");

        Func<Task> act = () => _clock.RunAsync(Wait(task, NoJitter(timeoutSeconds: 30)));

        var timeout = (await act.Should().ThrowAsync<TaskPollingTimeoutException>()).Which;
        timeout.LastStatus.Should().Be("PAUSED_FOR_REVIEW");
        timeout.Elapsed.Should().Be(TimeSpan.FromSeconds(30));
        task.FetchTimes.Should().HaveCountGreaterThan(2);
    }

    [Fact]
    public async Task Cancelling_during_a_wait_stops_polling_with_OperationCanceledException()
    {
        var task = new ScriptedTask(Time, "IN_PROGRESS");
        using var cts = new CancellationTokenSource();

        Task<Detail> waiting = Wait(task, NoJitter(), ct: cts.Token);
        (await _clock.NextWaitAsync()).Should().Be(TimeSpan.FromSeconds(1));
        Time.Advance(TimeSpan.FromSeconds(1));
        (await _clock.NextWaitAsync()).Should().Be(TimeSpan.FromSeconds(2));
        task.FetchTimes.Should().HaveCount(2);
        cts.Cancel();
        Time.Advance(TimeSpan.FromSeconds(60));

        await waiting.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        task.FetchTimes.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_already_cancelled_token_fetches_nothing()
    {
        var task = new ScriptedTask(Time, "IN_PROGRESS");

        Func<Task> act = () => Wait(task, NoJitter(), ct: new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        task.FetchTimes.Should().BeEmpty();
    }

    [Fact]
    public async Task Delays_grow_by_the_backoff_factor_and_are_capped_at_MaxDelay()
    {
        var task = new ScriptedTask(Time, "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED");

        await _clock.RunAsync(Wait(task, NoJitter(initialSeconds: 1, factor: 2, maxSeconds: 5)));

        List<TimeSpan> gaps = task.FetchTimes.Zip(task.FetchTimes.Skip(1), (a, b) => b - a).ToList();
        gaps.Select(g => g.TotalSeconds).Should().Equal(1, 2, 4, 5, 5, 5);
    }

    [Fact]
    public async Task Progress_receives_every_observed_detail_including_the_final_one()
    {
        var task = new ScriptedTask(Time, "CREATED", "IN_PROGRESS", "COMPLETED");
        var progress = new ListProgress<Detail>();

        await _clock.RunAsync(Wait(task, NoJitter(), progress));

        progress.Reports.Select(r => r.Status).Should().Equal("CREATED", "IN_PROGRESS", "COMPLETED");
    }

    [Fact]
    public async Task An_error_from_fetch_propagates_without_being_retried_by_the_poller()
    {
        int calls = 0;
        Task<Detail> Fetch(CancellationToken _)
        {
            calls++;
            throw new SeedanceServerException("boom", System.Net.HttpStatusCode.ServiceUnavailable, "down", null, "get_task");
        }

        Func<Task> act = () => TaskPoller.WaitAsync(Fetch, Classify, Describe, "task-1", NoJitter(), _clock);

        await act.Should().ThrowAsync<SeedanceServerException>();
        calls.Should().Be(1);
    }

    [Fact]
    public async Task Jittered_delays_stay_within_the_jitter_fraction_of_the_nominal_delay()
    {
        var task = new ScriptedTask(Time, "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED");
        TaskPollingOptions options = NoJitter(initialSeconds: 2, factor: 1, maxSeconds: 2);
        options.Jitter = 0.25;

        await _clock.RunAsync(Wait(task, options));

        List<TimeSpan> gaps = task.FetchTimes.Zip(task.FetchTimes.Skip(1), (a, b) => b - a).ToList();
        gaps.Should().HaveCount(4).And.OnlyContain(g => g >= TimeSpan.FromSeconds(1.5) && g <= TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(-1, 2, 5, 0.1, 10)]
    [InlineData(1, 0.5, 5, 0.1, 10)]
    [InlineData(5, 2, 1, 0.1, 10)]
    [InlineData(1, 2, 5, 1.5, 10)]
    [InlineData(1, 2, 5, 0.1, 0)]
    public async Task Invalid_options_are_rejected_before_the_first_fetch(double initial, double factor, double max, double jitter, double timeout)
    {
        var task = new ScriptedTask(Time, "IN_PROGRESS");
        var options = new TaskPollingOptions
        {
            InitialDelay = TimeSpan.FromSeconds(initial),
            BackoffFactor = factor,
            MaxDelay = TimeSpan.FromSeconds(max),
            Jitter = jitter,
            Timeout = TimeSpan.FromSeconds(timeout),
        };

        Func<Task> act = () => Wait(task, options);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        task.FetchTimes.Should().BeEmpty();
    }
}
