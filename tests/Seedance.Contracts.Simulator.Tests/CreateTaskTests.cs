using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class CreateTaskTests
{
    [Theory]
    [InlineData(Paths.Create480p)]
    [InlineData(Paths.Create720p)]
    public async Task Create_returns_200_with_a_uuid_task_id_status_created_and_no_generated_urls(string path)
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.PostAsync(path, """{"prompt":"A cinematic shot of a cat walking through a neon-lit alley at night"}""");

        response.StatusCode.Should().Be(200);
        response.MediaType.Should().Be("application/json");
        var data = response.Json.RootElement.GetProperty("data");
        Guid.TryParse(data.GetProperty("task_id").GetString(), out var id).Should().BeTrue();
        id.Should().NotBeEmpty();
        data.GetProperty("status").GetString().Should().Be("CREATED");
        data.GetProperty("generated").GetArrayLength().Should().Be(0);
        response.Body.Should().Be($$$"""{"data":{"task_id":"{{{id:D}}}","status":"CREATED","generated":[]}}""");
    }

    [Fact]
    public async Task Create_accepts_every_optional_property_of_the_spec_with_valid_values()
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.PostAsync(Paths.Create720p, """
            {"prompt":"waves","webhook_url":"https://example.com/hook","image":"https://example.com/a.png",
             "image_end":"aGVsbG8=","duration":10,"aspect_ratio":"social_story_9_16","camera_fixed":true,"seed":4294967295}
            """);

        response.StatusCode.Should().Be(200, response.Body);
    }

    [Fact]
    public async Task Prompt_of_exactly_2000_code_points_is_accepted_even_when_it_needs_4000_utf16_units()
    {
        await using var session = await SimulatorSession.StartAsync();
        var emoji = string.Concat(Enumerable.Repeat("\U0001F3AC", 2000));

        var response = await session.PostAsync(Paths.Create480p, $$$"""{"prompt":"{{{emoji}}}"}""");

        response.StatusCode.Should().Be(200, response.Body);
    }

    [Theory]
    [InlineData("{}", "Parameter 'prompt' is required")]
    [InlineData("""{"prompt":null}""", "Parameter 'prompt' is required")]
    [InlineData("""{"prompt":42}""", "Parameter 'prompt' must be a string")]
    [InlineData("[]", "Request body must be a JSON object")]
    [InlineData("{\"prompt\":", "Request body is not valid JSON")]
    [InlineData("""{"prompt":"x","duration":7}""", "Parameter 'duration' must be 5 or 10")]
    [InlineData("""{"prompt":"x","duration":"5"}""", "Parameter 'duration' must be 5 or 10")]
    [InlineData("""{"prompt":"x","aspect_ratio":"16:9"}""", "Parameter 'aspect_ratio' must be one of: film_horizontal_21_9, widescreen_16_9, classic_4_3, square_1_1, traditional_3_4, social_story_9_16, film_vertical_9_21")]
    [InlineData("""{"prompt":"x","camera_fixed":"yes"}""", "Parameter 'camera_fixed' must be a boolean")]
    [InlineData("""{"prompt":"x","seed":4294967296}""", "Parameter 'seed' must be an integer from -1 to 4294967295")]
    [InlineData("""{"prompt":"x","seed":-2}""", "Parameter 'seed' must be an integer from -1 to 4294967295")]
    [InlineData("""{"prompt":"x","webhook_url":"not a url"}""", "Parameter 'webhook_url' must be an absolute URI")]
    [InlineData("""{"prompt":"x","image":null}""", "Parameter 'image' must be a string")]
    public async Task Invalid_body_gets_400_with_a_message_naming_the_problem(string body, string expectedMessage)
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.PostAsync(Paths.Create480p, body);

        response.StatusCode.Should().Be(400);
        response.MediaType.Should().Be("application/json");
        response.Json.RootElement.GetProperty("message").GetString().Should().Be(expectedMessage);
        session.Control.GetTasks().Should().BeEmpty("a rejected create must not start a task");
    }

    [Fact]
    public async Task Prompt_longer_than_2000_characters_gets_400()
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.PostAsync(Paths.Create480p, $$$"""{"prompt":"{{{new string('a', 2001)}}}"}""");

        response.StatusCode.Should().Be(400);
        response.Body.Should().Be("""{"message":"Parameter 'prompt' must be at most 2000 characters"}""");
    }

    [Fact]
    public async Task Body_that_is_not_declared_as_json_gets_400()
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.SendAsync(HttpMethod.Post, Paths.Create480p, """{"prompt":"x"}""", contentType: "text/plain");

        response.StatusCode.Should().Be(400);
        response.Body.Should().Be("""{"message":"Request body must be application/json"}""");
    }

    [Fact]
    public async Task Task_id_factory_decides_the_ids_of_created_tasks()
    {
        var fixedId = Guid.Parse("046b6c7f-0b8a-43b9-b35d-6489e6daee91");
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { TaskIdFactory = () => fixedId });

        var id = await session.CreateAsync("a cat");

        id.Should().Be(fixedId);
        session.Control.GetTask(fixedId)!.Prompt.Should().Be("a cat");
    }
}
