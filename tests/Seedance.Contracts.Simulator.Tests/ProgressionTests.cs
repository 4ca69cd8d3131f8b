using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts.Simulator.Tasks;
using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class ProgressionTests
{
    [Fact]
    public async Task Default_schedule_answers_created_once_in_progress_twice_then_completed_with_generated_urls()
    {
        await using var session = await SimulatorSession.StartAsync();
        var id = await session.CreateAsync("a cat");

        var statuses = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await session.PollStatusAsync(id));
        }

        statuses.Should().Equal("CREATED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "COMPLETED");
        var final = await session.GetAsync(Paths.Task(id));
        final.Body.Should().Be($$$"""{"data":{"task_id":"{{{id:D}}}","status":"COMPLETED","generated":["https://cdn.simulator.invalid/seedance-2-mini/{{{id:D}}}.mp4"]}}""");
    }

    [Theory]
    [InlineData("a dog [fail]")]
    [InlineData("[FAIL] upper case marker")]
    public async Task Prompt_with_fail_marker_ends_failed_with_no_generated_urls(string prompt)
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { DefaultProgression = TaskProgression.ByPollCount(1, 1) });
        var id = await session.CreateAsync(prompt);

        (await session.PollStatusAsync(id)).Should().Be("CREATED");
        (await session.PollStatusAsync(id)).Should().Be("IN_PROGRESS");
        var final = await session.GetAsync(Paths.Task(id));

        final.Body.Should().Be($$$"""{"data":{"task_id":"{{{id:D}}}","status":"FAILED","generated":[]}}""");
    }

    [Fact]
    public async Task Default_outcome_fail_makes_unmarked_tasks_fail_and_complete_marker_overrides_it()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions
        {
            DefaultOutcome = SimulatedOutcome.Fail,
            DefaultProgression = TaskProgression.ByPollCount(0, 0),
        });

        var plain = await session.CreateAsync("plain prompt");
        var marked = await session.CreateAsync("marked [complete]");

        (await session.PollStatusAsync(plain)).Should().Be("FAILED");
        (await session.PollStatusAsync(marked)).Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Queued_scripts_apply_to_the_next_creates_in_order_before_prompt_markers()
    {
        await using var session = await SimulatorSession.StartAsync();
        var urls = new[] { new Uri("https://example.com/one.mp4"), new Uri("https://example.com/two.mp4") };
        session.Control.ScriptNextCreatedTasks(
            TaskScript.Fails(TaskProgression.ByPollCount(0, 1)),
            TaskScript.Completes(TaskProgression.ByPollCount(0, 0), urls));

        var first = await session.CreateAsync("would complete");
        var second = await session.CreateAsync("would fail [fail]");
        var third = await session.CreateAsync("default again");

        (await session.PollStatusAsync(first)).Should().Be("IN_PROGRESS");
        (await session.PollStatusAsync(first)).Should().Be("FAILED");
        var secondBody = (await session.GetAsync(Paths.Task(second))).Json.RootElement.GetProperty("data");
        secondBody.GetProperty("status").GetString().Should().Be("COMPLETED");
        secondBody.GetProperty("generated").EnumerateArray().Select(e => e.GetString()).Should().Equal("https://example.com/one.mp4", "https://example.com/two.mp4");
        (await session.PollStatusAsync(third)).Should().Be("CREATED", "the queue was used up, so the default schedule applies");
    }

    [Fact]
    public async Task Script_task_restarts_an_existing_task_on_the_new_schedule()
    {
        await using var session = await SimulatorSession.StartAsync();
        var id = await session.CreateAsync("a cat");
        await session.PollStatusAsync(id);

        session.Control.ScriptTask(id, TaskScript.Fails(TaskProgression.ByPollCount(0, 0)));

        (await session.PollStatusAsync(id)).Should().Be("FAILED");
        session.Control.GetTask(id)!.PollsServed.Should().Be(1);
    }

    [Fact]
    public void Script_task_on_an_unknown_id_throws_key_not_found()
    {
        var control = new SimulatorControl(new SeedanceSimulatorOptions());

        var act = () => control.ScriptTask(Guid.NewGuid(), TaskScript.Fails(TaskProgression.ByPollCount(0, 0)));

        act.Should().Throw<KeyNotFoundException>().WithMessage("The simulator has no task *");
    }

    [Fact]
    public async Task Time_driven_schedule_follows_the_time_provider_not_the_poll_count()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-03T10:00:00Z"));
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions
        {
            TimeProvider = time,
            DefaultProgression = TaskProgression.ByTime(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)),
        });
        var id = await session.CreateAsync("a cat");

        (await session.PollStatusAsync(id)).Should().Be("CREATED");
        (await session.PollStatusAsync(id)).Should().Be("CREATED", "polling does not move a time-driven task");
        time.Advance(TimeSpan.FromSeconds(10));
        (await session.PollStatusAsync(id)).Should().Be("IN_PROGRESS");
        time.Advance(TimeSpan.FromSeconds(19.999));
        (await session.PollStatusAsync(id)).Should().Be("IN_PROGRESS");
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await session.PollStatusAsync(id)).Should().Be("COMPLETED");
    }

    [Fact]
    public async Task Time_driven_failure_reaches_failed_once_its_time_is_up()
    {
        var time = new FakeTimeProvider();
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions
        {
            TimeProvider = time,
            DefaultProgression = TaskProgression.ByTime(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
        });
        var id = await session.CreateAsync("[fail]");

        time.Advance(TimeSpan.FromSeconds(2));

        (await session.PollStatusAsync(id)).Should().Be("FAILED");
    }

    [Fact]
    public async Task Create_response_says_created_even_when_the_schedule_is_already_terminal()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions
        {
            DefaultProgression = TaskProgression.ByTime(TimeSpan.Zero, TimeSpan.Zero),
        });

        var response = await session.PostAsync(Paths.Create480p, """{"prompt":"x"}""");

        response.Json.RootElement.GetProperty("data").GetProperty("status").GetString().Should().Be("CREATED");
        response.Json.RootElement.GetProperty("data").GetProperty("generated").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Listing_tasks_does_not_count_as_a_poll()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { DefaultProgression = TaskProgression.ByPollCount(1, 0) });
        var id = await session.CreateAsync("a cat");

        for (var i = 0; i < 3; i++)
        {
            (await session.GetAsync(Paths.ListAll)).StatusCode.Should().Be(200);
        }

        (await session.PollStatusAsync(id)).Should().Be("CREATED");
        (await session.PollStatusAsync(id)).Should().Be("COMPLETED");
    }

    [Fact]
    public void Progressions_reject_negative_counts_and_durations()
    {
        FluentActions.Invoking(() => TaskProgression.ByPollCount(-1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TaskProgression.ByPollCount(0, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TaskProgression.ByTime(TimeSpan.FromSeconds(-1), TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
