using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Seedance.Contracts.Tests.Polling;

/// <summary>A task whose fetches return scripted statuses (the last one repeats) and record when they happened.</summary>
internal sealed class ScriptedTask
{
    private readonly string[] _statuses;
    private readonly FakeTimeProvider _time;
    private readonly DateTimeOffset _start;

    public ScriptedTask(FakeTimeProvider time, params string[] statuses)
    {
        _time = time;
        _start = time.GetUtcNow();
        _statuses = statuses;
    }

    public List<TimeSpan> FetchTimes { get; } = [];

    public Task<Detail> FetchAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        FetchTimes.Add(_time.GetUtcNow() - _start);
        string status = _statuses[Math.Min(FetchTimes.Count - 1, _statuses.Length - 1)];
        return Task.FromResult(new Detail(FetchTimes.Count, status));
    }

    public static TaskStatusKind Classify(Detail detail) => detail.Status switch
    {
        "COMPLETED" => TaskStatusKind.Succeeded,
        "FAILED" => TaskStatusKind.Failed,
        "CREATED" or "IN_PROGRESS" => TaskStatusKind.Pending,
        _ => TaskStatusKind.Unknown,
    };

    public static string Describe(Detail detail) => detail.Status;

    public sealed record Detail(int Poll, string Status);
}

/// <summary>Collects reports synchronously (unlike Progress&lt;T&gt;, which posts them later).</summary>
internal sealed class ListProgress<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value) => Reports.Add(value);
}

/// <summary>
/// A fake clock that knows when the code under test starts waiting: every timer created (except cancellation
/// deadlines) is announced with its due time, so a test can advance exactly to it instead of guessing when the
/// poller is parked.
/// </summary>
internal sealed class PollingClock : TimeProvider
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = Fake.CreateTimer(callback, state, dueTime, period);

        // The poller's deadline is a CancellationTokenSource timer armed before the first fetch; it is not a
        // wait between polls, so it is not announced (it still fires when the fake time reaches it).
        if (state is not CancellationTokenSource)
        {
            _timers.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Waits until the code under test starts its next wait and returns how long that wait is.</summary>
    public async Task<TimeSpan> NextWaitAsync() =>
        await _timers.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

    /// <summary>Lets every wait elapse exactly until the task ends.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            Task<TimeSpan> next = NextWaitAsync();
            await Task.WhenAny(task, next).WaitAsync(HangGuard);
            if (next.IsCompletedSuccessfully)
            {
                Fake.Advance(next.Result);
            }
            else if (task.IsCompleted)
            {
                break;
            }
        }

        return await task;
    }
}
