using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;
using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task Fail_next_requests_returns_500_with_the_spec_message_that_many_times_then_serves_again()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.FailNextRequests(2);

        var first = await session.GetAsync(Paths.ListAll);
        var second = await session.GetAsync(Paths.ListAll);
        var third = await session.GetAsync(Paths.ListAll);

        first.StatusCode.Should().Be(500);
        first.MediaType.Should().Be("application/json");
        first.Body.Should().Be("""{"message":"Internal Server Error"}""");
        second.StatusCode.Should().Be(500);
        third.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Service_unavailable_fault_returns_503_with_the_spec_message_and_retry_after_when_asked()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.FailNextRequests(1, new SimulatedFault(503, RetryAfter: TimeSpan.FromMilliseconds(1500)));

        var response = await session.GetAsync(Paths.ListAll);

        response.StatusCode.Should().Be(503);
        response.Body.Should().Be("""{"message":"Service Unavailable. Please try again later."}""");
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(2), "Retry-After is whole seconds, rounded up");
    }

    [Fact]
    public async Task Other_fault_codes_use_their_reason_phrase()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.FailNextRequests(1, new SimulatedFault(429));

        var response = await session.GetAsync(Paths.ListAll);

        response.StatusCode.Should().Be(429);
        response.Body.Should().Be("""{"message":"Too Many Requests"}""");
    }

    [Fact]
    public async Task Fault_comes_before_the_key_check_and_a_failed_poll_does_not_advance_the_task()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { DefaultProgression = TaskProgression.ByPollCount(0, 0) });
        var id = await session.CreateAsync("x");
        session.Control.FailNextRequests(2);

        (await session.GetAsync(Paths.Task(id), apiKey: "")).StatusCode.Should().Be(500);
        (await session.GetAsync(Paths.Task(id))).StatusCode.Should().Be(500);

        session.Control.GetTask(id)!.PollsServed.Should().Be(0);
        (await session.PollStatusAsync(id)).Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Failing_mode_fails_every_request_until_switched_off()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SetFailingMode(SimulatedFault.ServiceUnavailable);

        for (var i = 0; i < 4; i++)
        {
            (await session.GetAsync(Paths.ListAll)).StatusCode.Should().Be(503);
        }

        session.Control.SetFailingMode(null);
        (await session.GetAsync(Paths.ListAll)).StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Clear_faults_cancels_a_pending_countdown()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.FailNextRequests(10);

        session.Control.ClearFaults();

        (await session.GetAsync(Paths.ListAll)).StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Response_delay_holds_the_response_until_the_time_provider_passes_it()
    {
        var time = new FakeTimeProvider();
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { TimeProvider = time });
        session.Control.SetResponseDelay(TimeSpan.FromMinutes(5));

        var pending = session.GetAsync(Paths.ListAll);
        await WaitUntilAsync(() => session.Control.Faults.RequestsInDelay == 1);
        session.Control.Faults.RequestsInDelay.Should().Be(1, "the request must be waiting in the delay");
        time.Advance(TimeSpan.FromMinutes(4));
        session.Control.Faults.RequestsInDelay.Should().Be(1, "four of five minutes have passed");
        pending.IsCompleted.Should().BeFalse();

        time.Advance(TimeSpan.FromMinutes(1));
        var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        response.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Slow_response_makes_a_client_with_a_shorter_timeout_give_up()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SetResponseDelay(TimeSpan.FromSeconds(30));
        using var impatient = new HttpClient { BaseAddress = session.Simulator.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        impatient.DefaultRequestHeaders.Add("x-magnific-api-key", session.Simulator.ApiKey);

        var act = () => impatient.GetAsync(Paths.ListAll.TrimStart('/'));

        await act.Should().ThrowAsync<TaskCanceledException>();
        session.Control.SetResponseDelay(TimeSpan.Zero);
        (await session.GetAsync(Paths.ListAll)).StatusCode.Should().Be(200);
    }

    [Fact]
    public void Fault_with_a_non_error_status_is_rejected()
    {
        var control = new SimulatorControl(new SeedanceSimulatorOptions());

        FluentActions.Invoking(() => control.FailNextRequests(1, new SimulatedFault(200))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => control.SetFailingMode(new SimulatedFault(302))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => control.SetResponseDelay(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
