using System.Net;
using Seedance.Contracts.Pact.SeedanceApi;

namespace Seedance.Contracts.Pact.Tests.Consumer;

/// <summary>
/// The generated client's GET /v1/ai/video/seedance-2-mini/{task-id} against the Pact mock server, one
/// interaction per test; the matched interactions become pacts/seedance-contracts-sdk-magnific-seedance-2-mini.json.
/// </summary>
public sealed class GetTaskConsumerTests
{
    [Theory]
    [InlineData("CREATED", MagnificTaskStatus.Created)]
    [InlineData("IN_PROGRESS", MagnificTaskStatus.InProgress)]
    [InlineData("FAILED", MagnificTaskStatus.Failed)]
    public async Task A_task_in_a_non_completed_status_is_returned_typed_with_no_generated_urls(string wireStatus, MagnificTaskStatus expected)
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.GetTaskWithStatus(pact, wireStatus);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            response.Data.Status.Should().Be(expected);
            response.Data.TaskId.Should().Be(Guid.Parse(interaction.TaskId!));
            response.Data.Generated.Should().BeEmpty();
        });
    }

    [Fact]
    public async Task A_completed_task_is_returned_with_its_generated_urls()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.GetTaskWithStatus(pact, "COMPLETED");
        var exampleUrls = interaction.ResponseExample["data"]!["generated"]!.AsArray().Select(u => new Uri(u!.GetValue<string>())).ToList();

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var response = await client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            response.Data.Status.Should().Be(MagnificTaskStatus.Completed);
            response.Data.Status.IsSuccess().Should().BeTrue();
            response.Data.Generated.Should().NotBeEmpty().And.Equal(exampleUrls);
        });
    }

    [Fact]
    public async Task An_invalid_api_key_surfaces_as_an_authentication_exception_with_the_api_message()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.GetTaskWithInvalidApiKey(pact);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var act = () => client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            var error = (await act.Should().ThrowAsync<SeedanceAuthenticationException>()).Which;
            error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            error.ApiMessage.Should().Be("Invalid API key");
        });
    }

    [Fact]
    public async Task A_missing_api_key_surfaces_as_an_authentication_exception_with_the_api_message()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.GetTaskWithoutApiKey(pact);
        interaction.ApiKey.Should().BeNull();

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, apiKey: null);
            var act = () => client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            var error = (await act.Should().ThrowAsync<SeedanceAuthenticationException>()).Which;
            error.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            error.ApiMessage.Should().Be("Missing API key");
        });
    }

    [Fact]
    public async Task An_unknown_task_surfaces_as_a_not_found_exception()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.GetUnknownTask(pact);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var act = () => client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            var error = (await act.Should().ThrowAsync<SeedanceNotFoundException>()).Which;
            error.StatusCode.Should().Be(HttpStatusCode.NotFound);
            error.ApiMessage.Should().Be("AI resource not found");
        });
    }

    [Fact]
    public async Task A_failing_provider_surfaces_as_a_server_exception_after_one_attempt()
    {
        var pact = ConsumerPact.NewBuilder();
        var interaction = ConsumerPact.Interactions.GetTaskWhileProviderFails(pact);

        await pact.VerifyAsync(async uri =>
        {
            using var client = ConsumerPact.Client(uri, interaction.ApiKey);
            var act = () => client.GetSeedance2MiniTaskAsync(interaction.TaskId!);

            var error = (await act.Should().ThrowAsync<SeedanceServerException>()).Which;
            error.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
            error.ApiMessage.Should().NotBeNullOrWhiteSpace();
        });
    }
}
