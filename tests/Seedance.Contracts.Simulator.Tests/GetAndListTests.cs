using Seedance.Contracts.Simulator.Tasks;
using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class GetAndListTests
{
    private static readonly Guid SpecExampleId = Guid.Parse("046b6c7f-0b8a-43b9-b35d-6489e6daee91");

    [Theory]
    [InlineData(SimulatedTaskStatus.Created, "CREATED")]
    [InlineData(SimulatedTaskStatus.InProgress, "IN_PROGRESS")]
    [InlineData(SimulatedTaskStatus.Failed, "FAILED")]
    public async Task Seeded_pending_or_failed_task_is_reported_with_its_status_and_empty_generated_on_every_poll(SimulatedTaskStatus status, string wire)
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SeedTask(SpecExampleId, status);

        for (var i = 0; i < 3; i++)
        {
            var response = await session.GetAsync(Paths.Task(SpecExampleId));
            response.StatusCode.Should().Be(200);
            response.MediaType.Should().Be("application/json");
            response.Body.Should().Be($$$"""{"data":{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"{{{wire}}}","generated":[]}}""");
        }
    }

    [Fact]
    public async Task Seeded_completed_task_reports_the_given_generated_urls_like_the_spec_example()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SeedTask(SpecExampleId, SimulatedTaskStatus.Completed, [new Uri("https://ai-statics.freepik.com/completed_task_image.jpg")]);

        var response = await session.GetAsync(Paths.Task(SpecExampleId));

        response.Body.Should().Be("""{"data":{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"COMPLETED","generated":["https://ai-statics.freepik.com/completed_task_image.jpg"]}}""");
    }

    [Fact]
    public async Task Seeded_completed_task_without_urls_gets_the_default_generated_url()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SeedTask(SpecExampleId, SimulatedTaskStatus.Completed);

        var response = await session.GetAsync(Paths.Task(SpecExampleId));

        response.Json.RootElement.GetProperty("data").GetProperty("generated").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("https://cdn.simulator.invalid/seedance-2-mini/046b6c7f-0b8a-43b9-b35d-6489e6daee91.mp4");
    }

    [Fact]
    public async Task Task_seeded_with_an_unlisted_wire_status_reports_it_verbatim()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SeedTaskWithWireStatus(SpecExampleId, "QUEUED");

        var response = await session.GetAsync(Paths.Task(SpecExampleId));

        response.Body.Should().Be("""{"data":{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"QUEUED","generated":[]}}""");
    }

    [Theory]
    [InlineData("/v1/ai/video/seedance-2-mini/1b4e28ba-2fa1-11d2-883f-0016d3cca427")]
    [InlineData("/v1/ai/video/seedance-2-mini/not-a-uuid")]
    [InlineData("/v1/ai/video/unknown-model")]
    public async Task Unknown_task_or_resource_gets_404_with_the_specs_generic_not_found_message(string path)
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.GetAsync(path);

        response.StatusCode.Should().Be(404);
        response.MediaType.Should().Be("application/json");
        response.Body.Should().Be("""{"message":"Not found"}""");
    }

    [Fact]
    public async Task Removed_task_gets_404()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SeedTask(SpecExampleId, SimulatedTaskStatus.Created);

        session.Control.RemoveTask(SpecExampleId).Should().BeTrue();

        (await session.GetAsync(Paths.Task(SpecExampleId))).StatusCode.Should().Be(404);
        session.Control.RemoveTask(SpecExampleId).Should().BeFalse();
    }

    [Fact]
    public async Task Lists_are_empty_data_arrays_when_there_are_no_tasks()
    {
        await using var session = await SimulatorSession.StartAsync();

        foreach (var path in new[] { Paths.List480p, Paths.List720p, Paths.ListAll })
        {
            var response = await session.GetAsync(path);
            response.StatusCode.Should().Be(200);
            response.MediaType.Should().Be("application/json");
            response.Body.Should().Be("""{"data":[]}""");
        }
    }

    [Fact]
    public async Task Resolution_lists_show_only_their_own_tasks_and_the_family_list_shows_all_in_creation_order()
    {
        await using var session = await SimulatorSession.StartAsync();
        var a480 = await session.CreateAsync("first", Paths.Create480p);
        var b720 = await session.CreateAsync("second", Paths.Create720p);
        var seeded = Guid.Parse("11111111-2222-3333-4444-555555555555");
        session.Control.SeedTask(seeded, SimulatedTaskStatus.Failed, variant: SeedanceVariant.Mini720p);

        (await session.GetAsync(Paths.List480p)).Body.Should().Be($$$"""{"data":[{"task_id":"{{{a480:D}}}","status":"CREATED"}]}""");
        (await session.GetAsync(Paths.List720p)).Body.Should().Be(
            $$$"""{"data":[{"task_id":"{{{b720:D}}}","status":"CREATED"},{"task_id":"{{{seeded:D}}}","status":"FAILED"}]}""");
        (await session.GetAsync(Paths.ListAll)).Json.RootElement.GetProperty("data").EnumerateArray()
            .Select(e => Guid.Parse(e.GetProperty("task_id").GetString()!)).Should().Equal(a480, b720, seeded);
    }

    [Fact]
    public async Task List_reports_the_status_of_the_latest_poll()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { DefaultProgression = TaskProgression.ByPollCount(1, 1) });
        var id = await session.CreateAsync("x");
        await session.PollStatusAsync(id);
        await session.PollStatusAsync(id);

        (await session.GetAsync(Paths.ListAll)).Body.Should().Be($$$"""{"data":[{"task_id":"{{{id:D}}}","status":"IN_PROGRESS"}]}""");
    }

    [Fact]
    public async Task Seeding_again_with_the_same_id_replaces_the_task()
    {
        await using var session = await SimulatorSession.StartAsync();
        session.Control.SeedTask(SpecExampleId, SimulatedTaskStatus.Created);
        session.Control.SeedTask(SpecExampleId, SimulatedTaskStatus.Failed);

        session.Control.GetTasks().Should().ContainSingle().Which.WireStatus.Should().Be("FAILED");
    }
}
