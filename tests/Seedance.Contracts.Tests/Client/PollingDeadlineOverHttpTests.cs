using Seedance.Contracts.Tests.Infrastructure;
using Seedance.Contracts.Tests.Polling;

namespace Seedance.Contracts.Tests.Client;

/// <summary>Polling.Timeout cuts off a real HTTP request that the server never answers.</summary>
public sealed class PollingDeadlineOverHttpTests : LoopbackTest
{
    [Fact]
    public async Task A_server_hanging_on_a_poll_ends_in_TaskPollingTimeoutException_at_the_polling_deadline()
    {
        var clock = new PollingClock();
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Server.Handler = async (context, number) =>
        {
            if (number == 1)
            {
                await LoopbackServer.WriteAsync(context, 200, """{"task_id":"t1","status":"IN_PROGRESS"}""");
                return;
            }

            hung.TrySetResult();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                aborted.TrySetResult();
            }
        };
        TestClientOptions options = Options();
        options.TimeProvider = clock;
        options.Polling = new TaskPollingOptions { InitialDelay = TimeSpan.FromSeconds(1), Jitter = 0, Timeout = TimeSpan.FromSeconds(2) };

        Task<TestTask> waiting = Client(options).WaitAsync("t1");
        (await clock.NextWaitAsync()).Should().Be(TimeSpan.FromSeconds(1));
        clock.Fake.Advance(TimeSpan.FromSeconds(1));
        await hung.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Fake.Advance(TimeSpan.FromSeconds(1));

        var timeout = (await waiting.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<TaskPollingTimeoutException>()).Which;
        timeout.LastStatus.Should().Be("IN_PROGRESS");
        timeout.Attempts.Should().Be(2);
        timeout.Elapsed.Should().Be(TimeSpan.FromSeconds(2));
        // The request itself was cancelled, not left running on the server.
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Server.Requests.Should().HaveCount(2);
    }
}
