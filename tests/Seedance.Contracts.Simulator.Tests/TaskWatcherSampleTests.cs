using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;
using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

/// <summary>The main job, run as a real process with redirected output (as in CI).</summary>
public sealed class TaskWatcherSampleTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);
    private const string SecretKey = "sim-secret-key-do-not-print";

    [Fact]
    public async Task Demo_without_arguments_or_key_prints_completed_and_failed_outcomes_the_404_and_both_401s_and_exits_0()
    {
        var result = await TaskWatcherProcess.RunAsync([], apiKey: null, ProcessTimeout);

        result.ExitCode.Should().Be(0, result.ToString());
        var output = result.StandardOutput;
        output.Should().Contain("COMPLETED: A cinematic shot of a cat walking through a neon-lit alley at night (task ");
        output.Should().Contain("COMPLETED: Drone flight over a glacier at sunrise, slow and steady (task ");
        output.Should().Contain("FAILED: A paper boat sailing down a rainy street [fail] (task ");
        output.Should().Contain("the task ended with status FAILED; no video was generated");
        output.Should().MatchRegex(@"generated: https://cdn\.simulator\.invalid/seedance-2-mini/[0-9a-f-]{36}\.mp4");
        output.Should().Contain(": IN_PROGRESS", "live progress reports intermediate statuses as plain lines");
        output.Should().Contain("NOT FOUND: Get unknown task").And.Contain("HTTP 404: Not found");
        output.Should().Contain("AUTH ERROR: List tasks without an API key").And.Contain("HTTP 401: Missing API key");
        output.Should().Contain("AUTH ERROR: List tasks with a wrong API key").And.Contain("HTTP 401: Invalid API key");
        output.Should().Contain("Demo finished: all 6 steps behaved as expected.");
        output.Should().NotContain("\u001b[", "redirected output must be plain text without ANSI sequences");
    }

    [Fact]
    public async Task Help_documents_modes_and_every_exit_code()
    {
        var result = await TaskWatcherProcess.RunAsync(["--help"], apiKey: null, ProcessTimeout);

        result.ExitCode.Should().Be(0);
        result.StandardOutput.Should().Contain("MAGNIFIC_API_KEY").And.Contain("--create");
        foreach (var line in new[] { "0    success", "1    a task ended FAILED", "2    authentication", "3    not found", "4    server error", "5    timeout", "64   usage error" })
        {
            result.StandardOutput.Should().Contain(line);
        }
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, null, "Unknown option '--bogus'")]
    [InlineData(new[] { "046b6c7f-0b8a-43b9-b35d-6489e6daee91" }, null, "MAGNIFIC_API_KEY is not set")]
    [InlineData(new string[0], "some-key", "nothing to do")]
    public async Task Usage_errors_exit_64_with_a_message(string[] args, string? key, string message)
    {
        var result = await TaskWatcherProcess.RunAsync(args, key, ProcessTimeout);

        result.ExitCode.Should().Be(64, result.ToString());
        result.StandardError.Should().Contain(message);
    }

    [Fact]
    public async Task Watching_a_task_that_completes_exits_0_with_its_generated_urls_and_never_prints_the_key()
    {
        await using var simulator = await StartSimulatorAsync();
        var id = Guid.NewGuid();
        simulator.Control.SeedTask(id, TaskScript.Completes(TaskProgression.ByPollCount(1, 1), [new Uri("https://example.com/video.mp4")]));

        var result = await RunRealModeAsync(simulator, SecretKey, id.ToString());

        result.ExitCode.Should().Be(0, result.ToString());
        result.StandardOutput.Should().Contain($"COMPLETED: {id} (task {id})").And.Contain("generated: https://example.com/video.mp4");
        (result.StandardOutput + result.StandardError).Should().NotContain(SecretKey);
    }

    [Fact]
    public async Task Watching_a_task_that_fails_exits_1()
    {
        await using var simulator = await StartSimulatorAsync();
        var id = Guid.NewGuid();
        simulator.Control.SeedTask(id, TaskScript.Fails(TaskProgression.ByPollCount(0, 1)));

        var result = await RunRealModeAsync(simulator, SecretKey, id.ToString());

        result.ExitCode.Should().Be(1, result.ToString());
        result.StandardOutput.Should().Contain($"FAILED: {id}");
    }

    [Fact]
    public async Task Wrong_key_exits_2_without_printing_it()
    {
        await using var simulator = await StartSimulatorAsync();

        var result = await RunRealModeAsync(simulator, "wrong-key-that-must-stay-hidden", Guid.NewGuid().ToString());

        result.ExitCode.Should().Be(2, result.ToString());
        result.StandardOutput.Should().Contain("HTTP 401: Invalid API key");
        (result.StandardOutput + result.StandardError).Should().NotContain("wrong-key-that-must-stay-hidden");
    }

    [Fact]
    public async Task Unknown_task_exits_3()
    {
        await using var simulator = await StartSimulatorAsync();

        var result = await RunRealModeAsync(simulator, SecretKey, Guid.NewGuid().ToString());

        result.ExitCode.Should().Be(3, result.ToString());
        result.StandardOutput.Should().Contain("HTTP 404: Not found");
    }

    [Fact]
    public async Task Server_error_on_create_exits_4()
    {
        await using var simulator = await StartSimulatorAsync();
        simulator.Control.SetFailingMode(SimulatedFault.InternalServerError);

        var result = await RunRealModeAsync(simulator, SecretKey, "--create", "a cat");

        result.ExitCode.Should().Be(4, result.ToString());
        result.StandardOutput.Should().Contain("HTTP 500: Internal Server Error");
        simulator.Control.CountRequests("POST", "/v1/ai/video/seedance-2-mini-480p").Should().Be(1, "a create is never retried");
    }

    [Fact]
    public async Task Task_that_never_finishes_exits_5_naming_the_last_status()
    {
        await using var simulator = await StartSimulatorAsync();
        var id = Guid.NewGuid();
        simulator.Control.SeedTask(id, SimulatedTaskStatus.InProgress);

        var result = await RunRealModeAsync(simulator, SecretKey, id.ToString(), "--timeout", "1");

        result.ExitCode.Should().Be(5, result.ToString());
        result.StandardOutput.Should().Contain("TIMEOUT: ").And.Contain("last status seen: IN_PROGRESS");
    }

    [Fact]
    public async Task Create_on_720p_then_watch_reaches_completed()
    {
        await using var simulator = await StartSimulatorAsync();

        var result = await RunRealModeAsync(simulator, SecretKey, "--create", "waves at dusk", "--resolution", "720p");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StandardOutput.Should().Contain("COMPLETED: waves at dusk");
        simulator.Control.GetTasks().Should().ContainSingle().Which.Variant.Should().Be(SeedanceVariant.Mini720p);
    }

    private static Task<SeedanceSimulator> StartSimulatorAsync() =>
        SeedanceSimulator.StartAsync(new SeedanceSimulatorOptions { ApiKey = SecretKey, DefaultProgression = TaskProgression.ByPollCount(1, 1) });

    private static Task<ProcessResult> RunRealModeAsync(SeedanceSimulator simulator, string key, params string[] args) =>
        TaskWatcherProcess.RunAsync([.. args, "--base-url", simulator.BaseAddress.ToString(), "--interval", "50"], key, ProcessTimeout);
}
