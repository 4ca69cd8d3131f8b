using System.Net;
using Seedance.Contracts.Simulator;
using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;
using Seedance.Contracts.Tests.Polling;

namespace Seedance.Contracts.Tests.Simulator;

public sealed class MagnificClientSimulatorTests : SimulatorTest
{
    [Theory]
    [InlineData(SimulatedTaskStatus.Created, MagnificTaskStatus.Created)]
    [InlineData(SimulatedTaskStatus.InProgress, MagnificTaskStatus.InProgress)]
    [InlineData(SimulatedTaskStatus.Completed, MagnificTaskStatus.Completed)]
    [InlineData(SimulatedTaskStatus.Failed, MagnificTaskStatus.Failed)]
    public async Task Every_status_the_spec_lists_is_read_into_the_generated_enum(SimulatedTaskStatus seeded, MagnificTaskStatus expected)
    {
        var id = Guid.NewGuid();
        Simulator.Control.SeedTask(id, seeded);
        using MagnificClient client = Client();

        TaskDetailResponse response = await client.GetSeedance2MiniTaskAsync(id.ToString());

        response.Data.Status.Should().Be(expected);
        response.Data.TaskId.Should().Be(id);
        if (expected == MagnificTaskStatus.Completed)
        {
            response.Data.Generated.Should().ContainSingle().Which.ToString().Should().Contain(id.ToString());
        }
        else
        {
            response.Data.Generated.Should().BeNullOrEmpty();
        }
    }

    [Fact]
    public async Task A_status_the_spec_does_not_list_is_read_as_Unknown()
    {
        var id = Guid.NewGuid();
        Simulator.Control.SeedTaskWithWireStatus(id, "QUEUED");
        using MagnificClient client = Client();

        TaskDetailResponse response = await client.GetSeedance2MiniTaskAsync(id.ToString());

        response.Data.Status.Should().Be(MagnificTaskStatus.Unknown);
    }

    [Fact]
    public async Task The_key_goes_in_x_magnific_api_key_and_a_missing_key_gets_401_Missing_API_key()
    {
        MagnificClientOptions options = Options();
        options.ApiKey = null;
        options.AllowMissingApiKey = true;
        using MagnificClient client = Client(options);

        var error = (await client.Invoking(c => c.GetSeedance2MiniTaskAsync(Guid.NewGuid().ToString()))
            .Should().ThrowAsync<SeedanceAuthenticationException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.ApiMessage.Should().Be("Missing API key");
        error.OperationId.Should().Be("get_seedance_2_mini_task");
    }

    [Fact]
    public async Task A_wrong_key_gets_401_Invalid_API_key_and_the_key_is_not_in_the_exception()
    {
        const string wrongKey = "sk-wrong-0c1d2e3f";
        using MagnificClient client = Client(Options(apiKey: wrongKey));

        var error = (await client.Invoking(c => c.GetSeedance2MiniTaskAsync(Guid.NewGuid().ToString()))
            .Should().ThrowAsync<SeedanceAuthenticationException>()).Which;

        error.ApiMessage.Should().Be("Invalid API key");
        error.ToString().Should().NotContain(wrongKey);
    }

    [Fact]
    public async Task Without_a_key_and_without_AllowMissingApiKey_nothing_is_sent()
    {
        MagnificClientOptions options = Options();
        options.ApiKey = null;
        using MagnificClient client = Client(options);

        await client.Invoking(c => c.GetSeedance2MiniTaskAsync(Guid.NewGuid().ToString())).Should().ThrowAsync<InvalidOperationException>();

        Simulator.Control.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task An_unknown_task_id_gets_SeedanceNotFoundException_with_the_spec_message()
    {
        using MagnificClient client = Client();

        var error = (await client.Invoking(c => c.GetSeedance2MiniTaskAsync(Guid.NewGuid().ToString()))
            .Should().ThrowAsync<SeedanceNotFoundException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error.ApiMessage.Should().Be("Not found");
    }

    [Fact]
    public async Task A_server_fault_gets_SeedanceServerException_with_the_spec_message()
    {
        var id = Guid.NewGuid();
        Simulator.Control.SeedTask(id, SimulatedTaskStatus.Completed);
        Simulator.Control.FailNextRequests(1, SimulatedFault.InternalServerError);
        using MagnificClient client = Client();

        var error = (await client.Invoking(c => c.GetSeedance2MiniTaskAsync(id.ToString()))
            .Should().ThrowAsync<SeedanceServerException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        error.ApiMessage.Should().Be("Internal Server Error");
    }

    [Fact]
    public async Task A_created_task_is_watched_to_COMPLETED_with_every_status_reported()
    {
        using MagnificClient client = Client();
        TaskDetailResponse created = await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = "a red kite over the sea" });
        created.Data.Status.Should().Be(MagnificTaskStatus.Created);
        var progress = new ListProgress<TaskDetail>();

        TaskDetail done = await client.WaitForCompletionAsync(created.Data.TaskId.ToString(), progress);

        done.Status.Should().Be(MagnificTaskStatus.Completed);
        done.Generated.Should().NotBeNullOrEmpty();
        progress.Reports.Select(r => r.Status).Should().Equal(MagnificTaskStatus.Created, MagnificTaskStatus.InProgress, MagnificTaskStatus.InProgress, MagnificTaskStatus.Completed);
    }

    [Fact]
    public async Task A_task_that_fails_ends_with_TaskFailedException_carrying_the_detail()
    {
        using MagnificClient client = Client();
        TaskDetailResponse created = await client.CreateVideoSeedance2Mini720pAsync(
            new Seedance2MiniRequest { Prompt = "a kite " + SeedanceSimulatorOptions.FailMarker });

        var failure = (await client.Invoking(c => c.WaitForCompletionAsync(created.Data.TaskId.ToString()))
            .Should().ThrowAsync<TaskFailedException<TaskDetail>>()).Which;

        failure.Detail.Status.Should().Be(MagnificTaskStatus.Failed);
        failure.Detail.TaskId.Should().Be(created.Data.TaskId);
        failure.Status.Should().Be("FAILED");
    }

    [Fact]
    public async Task A_task_stuck_in_an_unlisted_status_times_out_on_the_fake_clock()
    {
        var id = Guid.NewGuid();
        Simulator.Control.SeedTaskWithWireStatus(id, "QUEUED");
        var clock = new PollingClock();
        MagnificClientOptions options = Options();
        options.TimeProvider = clock;
        options.Polling = new TaskPollingOptions { InitialDelay = TimeSpan.FromSeconds(5), BackoffFactor = 2, MaxDelay = TimeSpan.FromSeconds(20), Jitter = 0, Timeout = TimeSpan.FromMinutes(1) };
        using MagnificClient client = Client(options);

        Func<Task> act = () => clock.RunAsync(client.WaitForCompletionAsync(id.ToString()));

        var timeout = (await act.Should().ThrowAsync<TaskPollingTimeoutException>()).Which;
        // Polls at 0, 5, 15, 35, 55 s; the last wait is cut to the 60 s deadline, where polling ends.
        timeout.Attempts.Should().Be(5);
        timeout.Elapsed.Should().Be(TimeSpan.FromMinutes(1));
        timeout.LastStatus.Should().NotBeNullOrEmpty();
        Simulator.Control.CountRequests("GET", "/v1/ai/video/seedance-2-mini/" + id).Should().Be(5);
    }

    [Fact]
    public async Task The_list_endpoints_return_the_created_tasks()
    {
        using MagnificClient client = Client();
        TaskDetailResponse created = await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = "listed" });

        TaskListResponse list = await client.GetAllSeedance2Mini480pTasksAsync();

        list.Data.Select(t => t.TaskId).Should().Contain(created.Data.TaskId);
    }
}
