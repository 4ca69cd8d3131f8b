using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;
using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class ControlSurfaceTests
{
    [Fact]
    public async Task Simulator_binds_loopback_on_a_random_port_by_default()
    {
        await using var first = await SeedanceSimulator.StartAsync();
        await using var second = await SeedanceSimulator.StartAsync();

        first.BaseAddress.Host.Should().Be("127.0.0.1");
        first.BaseAddress.Port.Should().BeGreaterThan(0);
        first.BaseAddress.AbsolutePath.Should().Be("/");
        second.BaseAddress.Port.Should().NotBe(first.BaseAddress.Port);
        first.ApiKey.Should().Be(SeedanceSimulatorOptions.DefaultApiKey);
    }

    [Fact]
    public async Task Extra_endpoint_can_seed_tasks_through_the_control_and_skips_key_checks_and_faults()
    {
        var seededId = Guid.Parse("046b6c7f-0b8a-43b9-b35d-6489e6daee91");
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions
        {
            ConfigureEndpoints = endpoints => endpoints.MapPost("/provider-states", (HttpContext context) =>
            {
                var control = (SimulatorControl)context.RequestServices.GetService(typeof(SimulatorControl))!;
                control.SeedTask(seededId, SimulatedTaskStatus.Completed);
                return Task.CompletedTask;
            }),
        });
        session.Control.SetFailingMode(SimulatedFault.InternalServerError);

        using var state = await session.Http.PostAsJsonAsync("provider-states", new { state = "a completed task" });
        state.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        session.Control.SetFailingMode(null);

        (await session.PollStatusAsync(seededId)).Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Request_log_counts_and_records_method_path_query_and_status()
    {
        await using var session = await SimulatorSession.StartAsync();
        var id = await session.CreateAsync("x");
        await session.GetAsync(Paths.Task(id));
        await session.GetAsync(Paths.Task(id));
        await session.GetAsync(Paths.ListAll + "?page=2");

        session.Control.RequestCount.Should().Be(4);
        session.Control.CountRequests("get", Paths.Task(id)).Should().Be(2);
        session.Control.CountRequests("POST", Paths.Create480p).Should().Be(1);
        session.Control.GetRequestLog().Last().Should().Match<Diagnostics.SimulatorRequestRecord>(r =>
            r.Method == "GET" && r.Path == Paths.ListAll && r.QueryString == "?page=2" && r.StatusCode == 200 && r.ApiKeyPresent);
    }

    [Fact]
    public async Task Request_log_keeps_only_the_newest_entries_but_counts_all()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { RequestLogCapacity = 2 });

        await session.GetAsync(Paths.List480p);
        await session.GetAsync(Paths.List720p);
        await session.GetAsync(Paths.ListAll);

        session.Control.RequestCount.Should().Be(3);
        session.Control.GetRequestLog().Select(r => r.Path).Should().Equal(Paths.List720p, Paths.ListAll);
    }

    [Fact]
    public async Task Reset_removes_tasks_queued_scripts_faults_and_the_log()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { DefaultProgression = TaskProgression.ByPollCount(0, 0) });
        await session.CreateAsync("x");
        session.Control.ScriptNextCreatedTasks(TaskScript.Fails(TaskProgression.ByPollCount(0, 0)));
        session.Control.SetFailingMode(SimulatedFault.ServiceUnavailable);

        session.Control.Reset();

        session.Control.GetTasks().Should().BeEmpty();
        session.Control.RequestCount.Should().Be(0);
        var id = await session.CreateAsync("after reset");
        (await session.PollStatusAsync(id)).Should().Be("COMPLETED", "the queued failing script was dropped");
    }

    [Fact]
    public async Task Disposed_simulator_no_longer_accepts_connections()
    {
        var simulator = await SeedanceSimulator.StartAsync();
        var address = simulator.BaseAddress;

        await simulator.DisposeAsync();
        await simulator.DisposeAsync(); // idempotent

        using var http = new HttpClient { BaseAddress = address };
        await FluentActions.Awaiting(() => http.GetAsync("v1/ai/video/seedance-2-mini")).Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task Empty_api_key_option_is_rejected_at_start()
    {
        await FluentActions.Awaiting(() => SeedanceSimulator.StartAsync(new SeedanceSimulatorOptions { ApiKey = "" }))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*ApiKey*");
    }

    [Theory]
    [InlineData(SimulatedTaskStatus.Created, "CREATED")]
    [InlineData(SimulatedTaskStatus.InProgress, "IN_PROGRESS")]
    [InlineData(SimulatedTaskStatus.Completed, "COMPLETED")]
    [InlineData(SimulatedTaskStatus.Failed, "FAILED")]
    public void Status_wire_values_round_trip(SimulatedTaskStatus status, string wire)
    {
        status.ToWireValue().Should().Be(wire);
        SimulatedTaskStatusExtensions.TryParseWireValue(wire, out var parsed).Should().BeTrue();
        parsed.Should().Be(status);
    }

    [Fact]
    public void Unlisted_wire_value_does_not_parse()
    {
        SimulatedTaskStatusExtensions.TryParseWireValue("completed", out _).Should().BeFalse();
    }
}
