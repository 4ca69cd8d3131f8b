// A consumer's own pact test, written with the kit's ready-made interactions in a few lines.
using Seedance.Contracts;
using Seedance.Contracts.Pact.SeedanceApi;
using Xunit;

public class FailedTaskPactTests
{
    [Fact]
    public async Task Reads_a_failed_task_from_the_provider()
    {
        var pact = SeedanceInteractions.CreateBuilder("e2e-consumer");
        var interaction = SeedanceInteractions.Default.GetTaskWithStatus(pact, "FAILED");

        await pact.VerifyAsync(async mockServer =>
        {
            var options = new MagnificClientOptions { BaseAddress = mockServer, ApiKey = interaction.ApiKey };
            options.Retry.Enabled = false;
            using var client = new MagnificClient(new HttpClient(), options);

            var task = await client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            Assert.Equal(MagnificTaskStatus.Failed, task.Data.Status);
        });
    }
}
