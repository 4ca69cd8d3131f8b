using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Builders;
using Seedance.Contracts.Pact.Matchers;

namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>The request/response half shared by the ready-made GET-a-task interactions that send a valid key.</summary>
internal static class AuthorizedGetExpectation
{
    /// <summary>
    /// GET the task with the example API key (matched as any non-blank value) and expect <paramref name="status"/>
    /// with the spec example, its varying values turned into matchers.
    /// </summary>
    public static void ExpectAuthorizedGet(this RequestBuilder request, string taskId, int status, JsonNode example) =>
        request
            .WithRequest(HttpMethod.Get, SeedanceContract.Paths.Task(taskId))
            .WithHeader(SeedanceContract.ApiKeyHeader, ApiKeyMatcher())
            .WillRespond()
            .WithStatus(status)
            .WithJsonBody(ExampleMatchers.Decorate(example));

    /// <summary>The contract fixes the header's name, not its value: any non-blank key.</summary>
    public static Matcher ApiKeyMatcher() => Match.Regex(SeedanceContract.ExampleApiKey, "^\\S+$");
}
