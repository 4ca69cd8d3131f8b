using System.Text.Json.Nodes;

namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>What a ready-made interaction expects the consumer to send, and the example it answers with.</summary>
/// <param name="Description">The interaction's description in the pact.</param>
/// <param name="ApiKey">The key the consumer must send, or null when it must send none.</param>
/// <param name="TaskId">The task id the consumer must ask for, when the request names one.</param>
/// <param name="ResponseExample">The spec example the mock server answers with (without matchers).</param>
/// <param name="StatusCode">The response status code.</param>
public sealed record SeedanceInteraction(string Description, string? ApiKey, string? TaskId, JsonNode ResponseExample, int StatusCode);
