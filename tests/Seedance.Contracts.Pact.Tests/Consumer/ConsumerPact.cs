using Seedance.Contracts.Pact.Builders;
using Seedance.Contracts.Pact.SeedanceApi;
using Seedance.Contracts.Pact.Tests.Support;

namespace Seedance.Contracts.Pact.Tests.Consumer;

/// <summary>Shared set-up of the consumer tests: the builder for the committed pact and a client without retries.</summary>
internal static class ConsumerPact
{
    public static SeedanceInteractions Interactions => SeedanceInteractions.Default;

    public static PactBuilder NewBuilder() => SeedanceInteractions.CreateBuilder(RepoPacts.Consumer, RepoPacts.Dir);

    /// <summary>The real generated client, pointed at the mock server, one attempt per call.</summary>
    public static MagnificClient Client(Uri mockServer, string? apiKey)
    {
        var options = new MagnificClientOptions
        {
            BaseAddress = mockServer,
            ApiKey = apiKey,
            AllowMissingApiKey = apiKey is null,
        };
        options.Retry.Enabled = false; // each interaction is received exactly once
        return new MagnificClient(new HttpClient(), options);
    }
}
