using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.SeedanceApi;
using Seedance.Contracts.Pact.Tests.Support;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>The ready-made interactions take their bodies from the catalog and put matchers where values vary.</summary>
public sealed class SeedanceInteractionsTests : IDisposable
{
    private readonly TempPactDir dir = new();
    private readonly SeedanceInteractions interactions = new(SyntheticCatalog.Examples);

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task A_completed_task_interaction_serves_the_catalog_example_and_records_states_and_matchers()
    {
        var pact = SeedanceInteractions.CreateBuilder("kit-seedance-consumer", dir.Path);
        var interaction = interactions.GetTaskWithStatus(pact, "COMPLETED");

        interaction.TaskId.Should().Be(SyntheticCatalog.TaskId);
        interaction.ApiKey.Should().Be(SeedanceContract.ExampleApiKey);
        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            http.DefaultRequestHeaders.Add(SeedanceContract.ApiKeyHeader, "any-non-blank-key");
            var body = await http.GetFromJsonAsync<JsonObject>($"/v1/ai/video/seedance-2-mini/{interaction.TaskId}");
            body!["data"]!["status"]!.GetValue<string>().Should().Be("COMPLETED");
            body["data"]!["generated"]![0]!.GetValue<string>().Should().Be(SyntheticCatalog.GeneratedUrl);
        });

        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, $"kit-seedance-consumer-{SeedanceContract.ProviderName}.json")))!;
        var recorded = file["interactions"]![0]!;
        recorded["providerStates"]!.AsArray().Select(s => s!["name"]!.GetValue<string>())
            .Should().Equal(SeedanceProviderStates.ValidApiKey, SeedanceProviderStates.TaskExists);
        recorded["providerStates"]![1]!["params"]!["status"]!.GetValue<string>().Should().Be("COMPLETED");
        var rules = recorded["response"]!["matchingRules"]!["body"]!.AsObject();
        rules.Select(r => r.Key).Should().BeEquivalentTo("$.data.task_id", "$.data.generated", "$.data.generated[*]");
        recorded["request"]!["matchingRules"]!["header"]!.AsObject().Select(h => h.Key).Should().Equal(SeedanceContract.ApiKeyHeader);
    }

    [Fact]
    public async Task A_request_for_another_task_id_than_the_interaction_names_is_reported_as_unexpected()
    {
        // The missing-key interaction expects no key header; a request to another task id is a mismatch.
        var pact = SeedanceInteractions.CreateBuilder("kit-seedance-consumer", dir.Path);
        interactions.GetTaskWithoutApiKey(pact);

        var act = () => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/v1/ai/video/seedance-2-mini/00000000-0000-0000-0000-000000000000");
        });

        await act.Should().ThrowAsync<Verification.PactVerificationException>()
            .WithMessage("*[request-not-found] GET /v1/ai/video/seedance-2-mini/00000000-0000-0000-0000-000000000000*");
    }

    [Fact]
    public async Task Error_interactions_answer_with_their_status_and_the_catalog_message()
    {
        var pact = SeedanceInteractions.CreateBuilder("kit-seedance-consumer", dir.Path);
        var interaction = interactions.GetUnknownTask(pact);

        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            http.DefaultRequestHeaders.Add(SeedanceContract.ApiKeyHeader, SeedanceContract.ExampleApiKey);
            var response = await http.GetAsync($"/v1/ai/video/seedance-2-mini/{interaction.TaskId}");
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await response.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>().Should().Be("synthetic not found");
        });
    }

    [Fact]
    public void A_catalog_without_the_needed_example_gives_an_error_naming_operation_status_and_what_exists()
    {
        var pact = SeedanceInteractions.CreateBuilder("kit-seedance-consumer", dir.Path);
        var sparse = new SeedanceInteractions(SyntheticCatalog.Examples.Where(e => e.StatusCode != 404));

        var act = () => sparse.GetUnknownTask(pact);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The examples catalog has no 404 example named 'ai_resource_not_found' for operation 'get_seedance_2_mini_task'. It has no JSON examples for that response.");
    }

    [Fact]
    public void Operation_ids_match_in_either_spelling()
    {
        var catalog = new SeedanceExampleCatalog([new SpecExample("GetSeedance2MiniTask", 404, "application/json", "x", null, "{\"message\":\"m\"}")]);

        catalog.Get("get_seedance_2_mini_task", 404, "x")["message"]!.GetValue<string>().Should().Be("m");
    }
}
