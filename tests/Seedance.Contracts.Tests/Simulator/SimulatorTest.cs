using Seedance.Contracts.Simulator;

namespace Seedance.Contracts.Tests.Simulator;

/// <summary>One simulator per test class on 127.0.0.1; the generated MagnificClient talks to it over real HTTP.</summary>
public abstract class SimulatorTest : IAsyncLifetime
{
    protected SeedanceSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() => Simulator = await SeedanceSimulator.StartAsync();

    public async Task DisposeAsync() => await Simulator.DisposeAsync();

    protected MagnificClientOptions Options(string? apiKey = null) => new()
    {
        ApiKey = apiKey ?? Simulator.ApiKey,
        BaseAddress = Simulator.BaseAddress,
        Polling = new TaskPollingOptions
        {
            InitialDelay = TimeSpan.FromMilliseconds(2),
            MaxDelay = TimeSpan.FromMilliseconds(10),
            Timeout = TimeSpan.FromSeconds(30),
        },
    };

    protected MagnificClient Client(MagnificClientOptions? options = null) => new(options ?? Options());
}
