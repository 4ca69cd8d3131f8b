using Seedance.Contracts.Tests.Infrastructure;

namespace Seedance.Contracts.Tests.Client;

/// <summary>The SendAsync overload generated code uses for operations with header parameters.</summary>
public sealed class HeaderParameterTests : LoopbackTest
{
    private const string TaskJson = """{"task_id":"t1","status":"IN_PROGRESS"}""";

    [Fact]
    public async Task Header_parameters_are_sent_next_to_the_api_key()
    {
        Server.Respond(200, TaskJson);
        using var client = new HeaderClient(Http, Options());

        await client.GetAsync([new("Accept-Language", "es-ES"), new("x-request-tag", "a b;c")]);

        RecordedRequest request = Server.Requests.Single();
        request.Headers["Accept-Language"].Should().Be("es-ES");
        request.Headers["x-request-tag"].Should().Be("a b;c");
        request.Headers[TestClient.HeaderName].Should().Be(ApiKey);
    }

    [Fact]
    public async Task Null_headers_send_only_the_runtime_headers()
    {
        Server.Respond(200, TaskJson);
        using var client = new HeaderClient(Http, Options());

        await client.GetAsync(null);

        Server.Requests.Single().Headers.Should().NotContainKey("Accept-Language").And.NotContainKey("x-request-tag");
    }

    [Fact]
    public async Task A_content_header_parameter_goes_onto_the_body()
    {
        Server.Respond(200, TaskJson);
        using var client = new HeaderClient(Http, Options());

        await client.PostAsync([new("Content-Language", "de")]);

        RecordedRequest request = Server.Requests.Single();
        request.Headers["Content-Language"].Should().Be("de");
        request.Body.Should().Be("""{"prompt":"p"}""");
    }

    [Fact]
    public async Task A_header_that_cannot_be_sent_fails_with_ArgumentException_naming_it_but_not_its_value()
    {
        using var client = new HeaderClient(Http, Options());

        Func<Task> act = () => client.GetAsync([new("Content-Language", "secret-value")]);

        var error = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        error.Message.Should().Contain("Content-Language").And.Contain("get_with_headers").And.NotContain("secret-value");
        Server.Requests.Should().BeEmpty();
    }

    /// <summary>Calls the overload the way a generated operation with header parameters does.</summary>
    private sealed class HeaderClient(HttpClient httpClient, TestClientOptions options)
        : SeedanceClientBase(httpClient, options, SeedanceAuthScheme.ApiKeyHeader(TestClient.HeaderName), false)
    {
        public Task<TestTask> GetAsync(IReadOnlyList<KeyValuePair<string, string>>? headers) =>
            SendAsync(HttpMethod.Get, "/v1/tasks/t1", null, headers, TestJsonContext.Default.TestTask, "get_with_headers", CancellationToken.None);

        public Task<TestTask> PostAsync(IReadOnlyList<KeyValuePair<string, string>>? headers) =>
            SendAsync(HttpMethod.Post, "/v1/tasks", JsonContent(new TestCreateRequest { Prompt = "p" }, TestJsonContext.Default.TestCreateRequest), headers, TestJsonContext.Default.TestTask, "post_with_headers", CancellationToken.None);
    }
}
