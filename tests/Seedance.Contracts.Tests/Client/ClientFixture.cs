using Seedance.Contracts.Tests.Infrastructure;

namespace Seedance.Contracts.Tests.Client;

/// <summary>One loopback server per test class; each test sets its own handler.</summary>
public abstract class LoopbackTest : IAsyncLifetime
{
    protected const string ApiKey = "sk-test-5f2c9d1e-secret";

    protected LoopbackServer Server { get; private set; } = null!;

    protected HttpClient Http { get; } = new();

    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    protected TestClientOptions Options(string? apiKey = ApiKey) => new() { ApiKey = apiKey, BaseAddress = Server.BaseAddress };

    protected TestClient Client(TestClientOptions? options = null, SeedanceAuthScheme? auth = null) =>
        new(Http, options ?? Options(), auth);
}
