using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Provider;
using Seedance.Contracts.Pact.SeedanceApi;
using Seedance.Contracts.Pact.Tests.Support;
using Seedance.Contracts.Simulator;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>
/// The engine's verifier through the kit, against a real simulator. Each test writes its own pact into a
/// temp folder (never pacts/, which the consumer tests are writing at the same time).
/// </summary>
public sealed class ProviderVerifierTests : IAsyncLifetime
{
    private readonly TempPactDir dir = new();
    private SeedanceSimulator simulator = null!;

    public async Task InitializeAsync() => simulator = await SeedanceSimulator.StartAsync();

    public async Task DisposeAsync()
    {
        await simulator.DisposeAsync();
        dir.Dispose();
    }

    [Fact]
    public async Task A_pact_the_provider_honours_verifies_with_every_interaction_passed()
    {
        string file = await WriteMissingKeyPactAsync();

        var result = await new PactProviderVerifier(SeedanceContract.ProviderName, simulator.BaseAddress).WithPactFile(file).VerifyAsync();

        result.ExitCode.Should().Be(0);
        result.Succeeded.Should().BeTrue();
        result.Interactions.Should().ContainSingle().Which.Should().Be(
            new VerifiedInteraction("verifier-test-consumer", "a request for a task without an API key", true, null));
    }

    [Fact]
    public async Task A_response_that_differs_from_the_pact_fails_and_names_the_body_path()
    {
        string file = await WriteMissingKeyPactAsync();
        var pact = JsonNode.Parse(File.ReadAllText(file))!;
        pact["interactions"]![0]!["response"]!["status"] = 403;
        File.WriteAllText(file, pact.ToJsonString());

        var result = await new PactProviderVerifier(SeedanceContract.ProviderName, simulator.BaseAddress).WithPactFile(file).VerifyAsync();

        result.ExitCode.Should().Be(1);
        result.Succeeded.Should().BeFalse();
        result.Interactions.Should().ContainSingle().Which.Failure.Should().Contain("StatusMismatch").And.Contain("403");
    }

    [Fact]
    public async Task A_pact_with_no_interactions_is_not_a_success_even_though_the_engine_says_so()
    {
        string file = Path.Combine(dir.Path, "empty.json");
        File.WriteAllText(file, """{"consumer":{"name":"c"},"interactions":[],"metadata":{"pactSpecification":{"version":"4.0"}},"provider":{"name":"magnific-seedance-2-mini"}}""");

        var result = await new PactProviderVerifier(SeedanceContract.ProviderName, simulator.BaseAddress).WithPactFile(file).VerifyAsync();

        result.ExitCode.Should().Be(0, "the engine itself reports success for nothing verified");
        result.Interactions.Should().BeEmpty();
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void A_missing_pact_file_is_refused_up_front()
    {
        var act = () => new PactProviderVerifier(SeedanceContract.ProviderName, simulator.BaseAddress).WithPactFile(Path.Combine(dir.Path, "nope.json"));

        act.Should().Throw<FileNotFoundException>().WithMessage("*nope.json' does not exist*");
    }

    // A stateless interaction the simulator answers on its own: GET a task without an API key -> 401.
    private async Task<string> WriteMissingKeyPactAsync()
    {
        var pact = SeedanceInteractions.CreateBuilder("verifier-test-consumer", dir.Path);
        var interaction = SeedanceInteractions.Default.GetTaskWithoutApiKey(pact);
        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync(SeedanceContract.Paths.Task(interaction.TaskId!));
        });
        return Path.Combine(dir.Path, $"verifier-test-consumer-{SeedanceContract.ProviderName}.json");
    }
}
