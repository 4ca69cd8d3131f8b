using System.Net;
using System.Text.Json;

namespace Seedance.Contracts.Tests.Client;

public sealed class ErrorMappingTests : LoopbackTest
{
    [Theory]
    [InlineData(401, "Invalid API key")]
    [InlineData(403, "Forbidden for this key")]
    public async Task Unauthorized_and_forbidden_become_SeedanceAuthenticationException_with_the_body_message(int status, string message)
    {
        Server.Respond(status, $$"""{"message":"{{message}}"}""");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceAuthenticationException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ApiMessage.Should().Be(message);
        error.OperationId.Should().Be("get_task");
        error.BodyExcerpt.Should().Be($$"""{"message":"{{message}}"}""");
        error.Message.Should().Contain("get_task").And.Contain(status.ToString()).And.Contain(message);
    }

    [Fact]
    public async Task Not_found_becomes_SeedanceNotFoundException()
    {
        Server.Respond(404, """{"message":"Not found"}""");

        var error = (await Client().Invoking(c => c.GetTaskAsync("missing")).Should().ThrowAsync<SeedanceNotFoundException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error.ApiMessage.Should().Be("Not found");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Server_errors_become_SeedanceServerException(int status)
    {
        Server.Respond(status, """{"message":"Internal Server Error"}""");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceServerException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ApiMessage.Should().Be("Internal Server Error");
    }

    [Fact]
    public async Task Retry_after_seconds_is_carried_by_the_exception()
    {
        Server.Respond(503, """{"message":"busy"}""", headers: ("Retry-After", "7"));

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceServerException>()).Which;

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Other_statuses_become_the_base_SeedanceApiException_with_the_problem_json_detail()
    {
        Server.Respond(400, """{"type":"about:blank","title":"Bad Request","status":400,"detail":"page must be at least 1"}""", "application/problem+json");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceApiException>()).Which;

        error.GetType().Should().Be(typeof(SeedanceApiException));
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.ApiMessage.Should().Be("page must be at least 1");
        error.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task Problem_json_without_detail_uses_the_title()
    {
        Server.Respond(429, """{"title":"Too Many Requests","status":429}""", "application/problem+json");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceApiException>()).Which;

        error.ApiMessage.Should().Be("Too Many Requests");
    }

    [Fact]
    public async Task A_non_json_error_body_is_kept_as_an_excerpt_and_shown_in_the_message()
    {
        Server.Respond(502, "<html><body>Bad gateway from the edge</body></html>", "text/html");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceServerException>()).Which;

        error.ApiMessage.Should().BeNull();
        error.BodyExcerpt.Should().Be("<html><body>Bad gateway from the edge</body></html>");
        error.Message.Should().Contain("Bad gateway from the edge");
    }

    [Fact]
    public async Task A_large_error_body_is_cut_to_a_bounded_excerpt()
    {
        Server.Respond(500, new string('x', 20_000), "text/plain");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceServerException>()).Which;

        error.BodyExcerpt.Should().HaveLength(4097).And.EndWith("x…");
        error.Message.Length.Should().BeLessThan(400);
    }

    [Fact]
    public async Task An_error_with_an_empty_body_says_so()
    {
        Server.Respond(500);

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceServerException>()).Which;

        error.BodyExcerpt.Should().BeNull();
        error.ApiMessage.Should().BeNull();
        error.Message.Should().Contain("empty body");
    }

    [Fact]
    public async Task A_2xx_body_that_is_not_json_becomes_SeedanceResponseFormatException_with_status_and_excerpt()
    {
        Server.Respond(200, "<html>maintenance</html>", "text/html");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceResponseFormatException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.BodyExcerpt.Should().Be("<html>maintenance</html>");
        error.InnerException.Should().BeOfType<JsonException>();
        error.OperationId.Should().Be("get_task");
        error.Message.Should().Contain("200").And.Contain("<html>maintenance</html>");
    }

    [Fact]
    public async Task A_2xx_body_missing_a_required_property_names_it()
    {
        Server.Respond(200, """{"task_id":"t1"}""");

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceResponseFormatException>()).Which;

        error.InnerException.Should().BeOfType<JsonException>().Which.Message.Should().Contain("status");
        error.BodyExcerpt.Should().Be("""{"task_id":"t1"}""");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task An_empty_or_null_2xx_body_becomes_SeedanceResponseFormatException(string body)
    {
        Server.Respond(200, body);

        await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceResponseFormatException>();
    }
}
