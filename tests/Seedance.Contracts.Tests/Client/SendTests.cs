using System.Net;
using Seedance.Contracts.Tests.Infrastructure;

namespace Seedance.Contracts.Tests.Client;

public sealed class SendTests : LoopbackTest
{
    private const string TaskJson = """{"task_id":"t 1/é","status":"IN_PROGRESS","extra":{"ignored":[1,2]}}""";

    [Fact]
    public async Task A_2xx_body_is_deserialized_and_the_path_parameter_is_escaped()
    {
        Server.Respond(200, TaskJson);

        TestTask task = await Client().GetTaskAsync("t 1/é");

        task.TaskId.Should().Be("t 1/é");
        task.Status.Should().Be("IN_PROGRESS");
        Server.Requests.Single().PathAndQuery.Should().Be("/v1/tasks/t%201%2F%C3%A9");
        Server.Requests.Single().Method.Should().Be("GET");
    }

    [Fact]
    public async Task The_key_goes_in_the_header_the_api_key_scheme_names()
    {
        Server.Respond(200, TaskJson);

        await Client().GetTaskAsync("t1");

        RecordedRequest request = Server.Requests.Single();
        request.Headers[TestClient.HeaderName].Should().Be(ApiKey);
        request.Headers.Should().NotContainKey("Authorization");
    }

    [Fact]
    public async Task The_bearer_scheme_sends_an_authorization_header()
    {
        Server.Respond(200, TaskJson);

        await Client(auth: SeedanceAuthScheme.Bearer).GetTaskAsync("t1");

        Server.Requests.Single().Headers["Authorization"].Should().Be("Bearer " + ApiKey);
    }

    [Fact]
    public async Task The_none_scheme_sends_no_credentials_and_needs_no_key()
    {
        Server.Respond(200, TaskJson);

        await Client(Options(apiKey: null), SeedanceAuthScheme.None).GetTaskAsync("t1");

        RecordedRequest request = Server.Requests.Single();
        request.Headers.Should().NotContainKey("Authorization").And.NotContainKey(TestClient.HeaderName);
    }

    [Fact]
    public async Task A_missing_key_fails_with_InvalidOperationException_before_any_request()
    {
        TestClient client = Client(Options(apiKey: null));

        var error = (await client.Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<InvalidOperationException>()).Which;

        error.Message.Should().Contain("ApiKey").And.Contain("AllowMissingApiKey").And.Contain(TestClient.HeaderName);
        Server.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AllowMissingApiKey_sends_the_request_without_a_key_so_the_server_can_answer_401()
    {
        Server.Respond(401, """{"message":"Missing API key"}""");
        TestClientOptions options = Options(apiKey: null);
        options.AllowMissingApiKey = true;

        var error = (await Client(options).Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceAuthenticationException>()).Which;

        error.ApiMessage.Should().Be("Missing API key");
        Server.Requests.Single().Headers.Should().NotContainKey(TestClient.HeaderName);
    }

    [Fact]
    public async Task A_base_address_with_a_path_keeps_that_path()
    {
        Server.Respond(200, TaskJson);
        TestClientOptions options = Options();
        options.BaseAddress = new Uri(Server.BaseAddress, "gateway/magnific/");

        await Client(options).GetTaskAsync("t1");

        Server.Requests.Single().PathAndQuery.Should().Be("/gateway/magnific/v1/tasks/t1");
    }

    [Fact]
    public void A_client_without_any_base_address_is_rejected_at_construction()
    {
        Action act = () => new TestClient(Http, new TestClientOptions { ApiKey = ApiKey });

        act.Should().Throw<ArgumentException>().WithMessage("*BaseAddress*");
    }

    [Fact]
    public async Task The_user_agent_is_sent_on_a_shared_http_client_without_changing_it()
    {
        Server.Respond(200, TaskJson);
        TestClientOptions options = Options();
        options.UserAgent = "seedance-tests/1.0";

        await Client(options).GetTaskAsync("t1");

        Server.Requests.Single().Headers["User-Agent"].Should().Be("seedance-tests/1.0");
        Http.DefaultRequestHeaders.Should().BeEmpty();
    }

    [Fact]
    public async Task An_owned_http_client_gets_the_timeout_and_headers_and_is_disposed_with_the_client()
    {
        Server.Respond(200, TaskJson);
        var http = new HttpClient();
        TestClientOptions options = Options();
        options.Timeout = TimeSpan.FromSeconds(42);
        options.UserAgent = "seedance-tests/1.0";

        using (var client = new TestClient(http, options, ownsHttpClient: true))
        {
            http.Timeout.Should().Be(TimeSpan.FromSeconds(42));
            await client.GetTaskAsync("t1");
        }

        Server.Requests.Single().Headers[TestClient.HeaderName].Should().Be(ApiKey);
        Server.Requests.Single().Headers["User-Agent"].Should().Be("seedance-tests/1.0");
        await http.Invoking(h => h.GetAsync(Server.BaseAddress)).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task Json_content_is_utf8_json_with_a_content_length_and_leaves_unset_properties_out()
    {
        Server.Respond(200, TaskJson);

        await Client().CreateTaskAsync(new TestCreateRequest { Prompt = "a cat, «dancing»" });

        RecordedRequest request = Server.Requests.Single();
        request.Method.Should().Be("POST");
        request.Headers["Content-Type"].Should().Be("application/json; charset=utf-8");
        request.Headers["Content-Length"].Should().Be(System.Text.Encoding.UTF8.GetByteCount(request.Body).ToString());
        request.Body.Should().Be("""{"prompt":"a cat, \u00ABdancing\u00BB"}""");
    }

    [Fact]
    public async Task Form_content_is_url_encoded()
    {
        Server.Respond(200, TaskJson);

        await Client().CreateTaskWithFormAsync([new("prompt", "a b&c"), new("duration", "5")]);

        RecordedRequest request = Server.Requests.Single();
        request.Headers["Content-Type"].Should().Be("application/x-www-form-urlencoded");
        request.Body.Should().Be("prompt=a+b%26c&duration=5");
    }

    [Fact]
    public async Task A_disposed_client_refuses_to_send()
    {
        TestClient client = Client();
        client.Dispose();

        await client.Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task WaitForTaskAsync_polls_over_http_until_the_task_completes()
    {
        Server.Handler = (context, n) => LoopbackServer.WriteAsync(context, 200,
            $$"""{"task_id":"t1","status":"{{(n < 3 ? "IN_PROGRESS" : "COMPLETED")}}"}""");
        TestClientOptions options = Options();
        options.Polling = new TaskPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

        TestTask done = await Client(options).WaitAsync("t1");

        done.Status.Should().Be("COMPLETED");
        Server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task WaitForTaskAsync_surfaces_a_404_from_the_fetch_as_SeedanceNotFoundException()
    {
        Server.Respond(404, """{"message":"Not found"}""");

        await Client().Invoking(c => c.WaitAsync("nope")).Should().ThrowAsync<SeedanceNotFoundException>();
        Server.Requests.Should().HaveCount(1);
    }
}
