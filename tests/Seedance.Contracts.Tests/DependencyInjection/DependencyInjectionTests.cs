using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seedance.Contracts.Tests.Client;
using Seedance.Contracts.Tests.Infrastructure;

namespace Seedance.Contracts.Tests.DependencyInjection;

public sealed class DependencyInjectionTests : LoopbackTest
{
    private const string TaskJson = """{"task_id":"t1","status":"COMPLETED"}""";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private ServiceProvider Provider(Action<TestClientOptions>? extra = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        services.AddSeedanceClient<TestClient, TestClientOptions>(
            o =>
            {
                o.ApiKey = ApiKey;
                o.BaseAddress = Server.BaseAddress;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
                o.Retry.UseJitter = false;
                extra?.Invoke(o);
            },
            static (http, options) => new TestClient(http, options));
        return services.BuildServiceProvider();
    }

    private void FailFirst(int failures, int status, params (string, string)[] headers) =>
        Server.Handler = (context, n) => n <= failures
            ? LoopbackServer.WriteAsync(context, status, """{"message":"busy"}""", headers: headers)
            : LoopbackServer.WriteAsync(context, 200, TaskJson);

    [Fact]
    public async Task The_registered_client_sends_the_key_user_agent_and_uses_the_base_address()
    {
        Server.Respond(200, TaskJson);
        using ServiceProvider provider = Provider(o => o.UserAgent = "di-tests/2.0");

        TestTask task = await provider.GetRequiredService<TestClient>().GetTaskAsync("t1");

        task.Status.Should().Be("COMPLETED");
        RecordedRequest request = Server.Requests.Single();
        request.Headers[TestClient.HeaderName].Should().Be(ApiKey);
        request.Headers["User-Agent"].Should().Be("di-tests/2.0");
    }

    [Fact]
    public void The_http_client_gets_the_options_timeout_and_base_address()
    {
        using ServiceProvider provider = Provider(o => o.Timeout = TimeSpan.FromSeconds(17));
        IHttpClientFactory factory = provider.GetRequiredService<IHttpClientFactory>();

        HttpClient http = factory.CreateClient(typeof(TestClient).FullName!);

        http.Timeout.Should().Be(TimeSpan.FromSeconds(17));
        http.BaseAddress.Should().Be(Server.BaseAddress);
    }

    [Fact]
    public async Task A_GET_that_gets_503_is_retried_until_it_succeeds()
    {
        FailFirst(2, 503);
        using ServiceProvider provider = Provider();

        TestTask task = await provider.GetRequiredService<TestClient>().GetTaskAsync("t1").WaitAsync(HangGuard);

        task.Status.Should().Be("COMPLETED");
        Server.Requests.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(408)]
    [InlineData(500)]
    public async Task A_GET_is_retried_on_other_transient_statuses(int status)
    {
        FailFirst(1, status);
        using ServiceProvider provider = Provider();

        await provider.GetRequiredService<TestClient>().GetTaskAsync("t1").WaitAsync(HangGuard);

        Server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_GET_gives_up_after_MaxRetryAttempts_with_the_last_error()
    {
        Server.Respond(503, """{"message":"still down"}""");
        using ServiceProvider provider = Provider(o => o.Retry.MaxRetryAttempts = 2);

        var error = (await provider.GetRequiredService<TestClient>().Invoking(c => c.GetTaskAsync("t1").WaitAsync(HangGuard))
            .Should().ThrowAsync<SeedanceServerException>()).Which;

        error.ApiMessage.Should().Be("still down");
        Server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_POST_create_is_never_retried_so_no_second_task_is_billed()
    {
        FailFirst(1, 503);
        using ServiceProvider provider = Provider();

        await provider.GetRequiredService<TestClient>()
            .Invoking(c => c.CreateTaskAsync(new TestCreateRequest { Prompt = "p" }).WaitAsync(HangGuard))
            .Should().ThrowAsync<SeedanceServerException>();

        Server.Requests.Should().ContainSingle().Which.Method.Should().Be("POST");
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        Server.Respond(404, """{"message":"Not found"}""");
        using ServiceProvider provider = Provider();

        await provider.GetRequiredService<TestClient>().Invoking(c => c.GetTaskAsync("t1").WaitAsync(HangGuard))
            .Should().ThrowAsync<SeedanceNotFoundException>();

        Server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Retries_can_be_disabled_through_the_options()
    {
        FailFirst(1, 503);
        using ServiceProvider provider = Provider(o => o.Retry.Enabled = false);

        await provider.GetRequiredService<TestClient>().Invoking(c => c.GetTaskAsync("t1").WaitAsync(HangGuard))
            .Should().ThrowAsync<SeedanceServerException>();

        Server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Retry_After_from_the_server_replaces_the_configured_delay()
    {
        // The configured delay is ten minutes; only honouring "Retry-After: 1" lets this finish under the guard.
        FailFirst(1, 429, ("Retry-After", "1"));
        using ServiceProvider provider = Provider(o => o.Retry.BaseDelay = TimeSpan.FromMinutes(10));

        TestTask task = await provider.GetRequiredService<TestClient>().GetTaskAsync("t1").WaitAsync(HangGuard);

        task.Status.Should().Be("COMPLETED");
        Server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task The_key_never_appears_in_http_client_logs_even_at_trace_level()
    {
        FailFirst(1, 503);
        var logs = new CapturingLoggerProvider();
        using ServiceProvider provider = Provider(logs: logs);

        await provider.GetRequiredService<TestClient>().GetTaskAsync("t1").WaitAsync(HangGuard);

        logs.Lines.Should().NotBeEmpty("the HttpClient factory logs requests at trace level");
        logs.Lines.Should().Contain(l => l.Contains(TestClient.HeaderName, StringComparison.OrdinalIgnoreCase));
        logs.Lines.Should().NotContain(l => l.Contains(ApiKey));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines.ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(_lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
