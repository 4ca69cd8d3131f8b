using Microsoft.Extensions.DependencyInjection;
using Seedance.Contracts.Simulator;
using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Tests.Simulator;

public sealed class MagnificDependencyInjectionTests : SimulatorTest
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private ServiceProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddMagnificClient(o =>
        {
            o.ApiKey = Simulator.ApiKey;
            o.BaseAddress = Simulator.BaseAddress;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
            o.Retry.UseJitter = false;
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddMagnificClient_retries_a_GET_that_got_503()
    {
        var id = Guid.NewGuid();
        Simulator.Control.SeedTask(id, SimulatedTaskStatus.InProgress);
        Simulator.Control.FailNextRequests(2, SimulatedFault.ServiceUnavailable);
        using ServiceProvider provider = Provider();

        TaskDetailResponse response = await provider.GetRequiredService<MagnificClient>().GetSeedance2MiniTaskAsync(id.ToString()).WaitAsync(HangGuard);

        response.Data.Status.Should().Be(MagnificTaskStatus.InProgress);
        Simulator.Control.CountRequests("GET", "/v1/ai/video/seedance-2-mini/" + id).Should().Be(3);
    }

    [Fact]
    public async Task AddMagnificClient_never_retries_a_create_so_only_one_task_is_started()
    {
        Simulator.Control.FailNextRequests(1, SimulatedFault.ServiceUnavailable);
        using ServiceProvider provider = Provider();

        await provider.GetRequiredService<MagnificClient>()
            .Invoking(c => c.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = "once" }).WaitAsync(HangGuard))
            .Should().ThrowAsync<SeedanceServerException>();

        Simulator.Control.RequestCount.Should().Be(1);
        Simulator.Control.GetTasks().Should().BeEmpty();
    }

    [Fact]
    public void AddMagnificClient_defaults_the_base_address_to_the_spec_server()
    {
        var services = new ServiceCollection();
        services.AddMagnificClient(o => o.ApiKey = "k");
        using ServiceProvider provider = services.BuildServiceProvider();

        HttpClient http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(typeof(MagnificClient).FullName!);

        http.BaseAddress.Should().Be(new Uri("https://api.magnific.com"));
        MagnificClientOptions.DefaultBaseAddress.Should().Be(new Uri("https://api.magnific.com"));
    }
}
