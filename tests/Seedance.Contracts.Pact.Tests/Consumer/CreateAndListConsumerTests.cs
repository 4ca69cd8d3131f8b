using Seedance.Contracts.Pact.SeedanceApi;

namespace Seedance.Contracts.Pact.Tests.Consumer;

/// <summary>The generated client's create (480p, 720p) and list operations against the Pact mock server.</summary>
public sealed class CreateAndListConsumerTests
{
    private const string Prompt = "A paper boat drifting down a rainy street";

    [Fact]
    public async Task Creating_a_480p_task_returns_it_in_status_created()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.CreateTask(pact, SeedanceVideoVariant.Mini480p, Prompt);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = Prompt });

            response.Data.Status.Should().Be(MagnificTaskStatus.Created);
            response.Data.TaskId.Should().Be(Guid.Parse(interaction.ResponseExample["data"]!["task_id"]!.GetValue<string>()));
            response.Data.Generated.Should().BeEmpty();
        });
    }

    [Fact]
    public async Task Creating_a_720p_task_returns_it_in_status_created()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.CreateTask(pact, SeedanceVideoVariant.Mini720p, Prompt);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.CreateVideoSeedance2Mini720pAsync(new Seedance2MiniRequest { Prompt = Prompt });

            response.Data.Status.Should().Be(MagnificTaskStatus.Created);
            response.Data.TaskId.Should().NotBe(Guid.Empty);
        });
    }

    [Fact]
    public async Task Listing_480p_tasks_returns_the_seeded_task()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.ListTasks(pact, SeedanceVideoVariant.Mini480p);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.GetAllSeedance2Mini480pTasksAsync();

            response.Data.Should().ContainSingle().Which.TaskId.Should().Be(Guid.Parse(interaction.TaskId!));
            response.Data[0].Status.Should().Be(MagnificTaskStatus.Created);
        });
    }

    [Fact]
    public async Task Listing_720p_tasks_returns_the_seeded_task()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.ListTasks(pact, SeedanceVideoVariant.Mini720p);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.GetAllSeedance2Mini720pTasksAsync();

            response.Data.Should().ContainSingle().Which.TaskId.Should().Be(Guid.Parse(interaction.TaskId!));
        });
    }

    [Fact]
    public async Task Listing_all_family_tasks_returns_the_seeded_task()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.ListTasks(pact, variant: null);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.GetSeedance2MiniTasksAsync();

            response.Data.Should().ContainSingle().Which.Status.Should().Be(MagnificTaskStatus.Created);
        });
    }
}
