using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Builders;
using Seedance.Contracts.Pact.Matchers;

namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>
/// Ready-made interactions of the Magnific Seedance 2.0 Mini API, built from the spec's named examples
/// (the examples catalog), so a consumer's pact test is a few lines: add one interaction, drive your client
/// against the mock server in <see cref="PactBuilder.VerifyAsync"/>, assert the outcome.
/// </summary>
public sealed class SeedanceInteractions
{
    private readonly SeedanceExampleCatalog catalog;

    /// <summary>Builds interactions from the given examples.</summary>
    /// <param name="examples">The spec's examples, normally <c>Seedance.Contracts.MagnificExamples.All</c>.</param>
    public SeedanceInteractions(IEnumerable<SpecExample> examples) => catalog = new SeedanceExampleCatalog(examples);

    /// <summary>Interactions built from the examples catalog generated from the family spec (<c>MagnificExamples.All</c>).</summary>
    public static SeedanceInteractions Default { get; } = new(MagnificExamples.All);

    /// <summary>A pact builder for the Seedance provider (V4).</summary>
    /// <param name="consumer">Your application's name.</param>
    /// <param name="pactDir">Output folder; <c>pacts</c> under the current directory when null.</param>
    public static PactBuilder CreateBuilder(string consumer, string? pactDir = null) =>
        PactBuilder.V4(consumer, SeedanceContract.ProviderName, pactDir);

    /// <summary>GET one task that the provider reports with <paramref name="wireStatus"/> (200, from the spec's example for that status).</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    /// <param name="wireStatus"><c>CREATED</c>, <c>IN_PROGRESS</c>, <c>COMPLETED</c> or <c>FAILED</c>.</param>
    public SeedanceInteraction GetTaskWithStatus(PactBuilder pact, string wireStatus)
    {
        ArgumentNullException.ThrowIfNull(pact);
        ArgumentException.ThrowIfNullOrWhiteSpace(wireStatus);
        var example = catalog.Find(SeedanceContract.Operations.GetTask, 200, $"with data.status '{wireStatus}'", json => StatusOf(json) == wireStatus);
        string taskId = TaskIdOf(example);
        string description = $"a request for a task with status {wireStatus}";
        pact.UponReceiving(description)
            .Given(SeedanceProviderStates.ValidApiKey, ApiKeyParams())
            .Given(SeedanceProviderStates.TaskExists, TaskParams(taskId, wireStatus))
            .ExpectAuthorizedGet(taskId, 200, example);
        return new SeedanceInteraction(description, SeedanceContract.ExampleApiKey, taskId, example, 200);
    }

    /// <summary>GET a task with a key the provider rejects: 401 "Invalid API key".</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    public SeedanceInteraction GetTaskWithInvalidApiKey(PactBuilder pact)
    {
        ArgumentNullException.ThrowIfNull(pact);
        var example = catalog.Get(SeedanceContract.Operations.GetTask, 401, "invalid_api_key");
        string taskId = ExampleTaskId();
        string description = "a request for a task with an invalid API key";
        pact.UponReceiving(description)
            .WithRequest(HttpMethod.Get, SeedanceContract.Paths.Task(taskId))
            .WithHeader(SeedanceContract.ApiKeyHeader, SeedanceContract.InvalidApiKey)
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(ExampleMatchers.Decorate(example));
        return new SeedanceInteraction(description, SeedanceContract.InvalidApiKey, taskId, example, 401);
    }

    /// <summary>GET a task without any API key: 401 "Missing API key".</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    public SeedanceInteraction GetTaskWithoutApiKey(PactBuilder pact)
    {
        ArgumentNullException.ThrowIfNull(pact);
        var example = catalog.Get(SeedanceContract.Operations.GetTask, 401, "missing_api_key");
        string taskId = ExampleTaskId();
        string description = "a request for a task without an API key";
        pact.UponReceiving(description)
            .WithRequest(HttpMethod.Get, SeedanceContract.Paths.Task(taskId))
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(ExampleMatchers.Decorate(example));
        return new SeedanceInteraction(description, null, taskId, example, 401);
    }

    /// <summary>GET a task id the provider does not know: 404.</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    public SeedanceInteraction GetUnknownTask(PactBuilder pact)
    {
        ArgumentNullException.ThrowIfNull(pact);
        var example = catalog.Get(SeedanceContract.Operations.GetTask, 404, "ai_resource_not_found");
        string taskId = ExampleTaskId();
        string description = "a request for a task that does not exist";
        pact.UponReceiving(description)
            .Given(SeedanceProviderStates.ValidApiKey, ApiKeyParams())
            .Given(SeedanceProviderStates.TaskMissing, new Dictionary<string, object?> { [SeedanceProviderStates.Params.TaskId] = taskId })
            .ExpectAuthorizedGet(taskId, 404, example);
        return new SeedanceInteraction(description, SeedanceContract.ExampleApiKey, taskId, example, 404);
    }

    /// <summary>GET a task while the provider fails: 500 with a <c>message</c>.</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    public SeedanceInteraction GetTaskWhileProviderFails(PactBuilder pact)
    {
        ArgumentNullException.ThrowIfNull(pact);

        // The spec gives the 500 response a schema example but no named one; without either, the contract is
        // only "a JSON object with a string message".
        var example = catalog.FirstOrDefault(SeedanceContract.Operations.GetTask, 500) ?? new JsonObject { ["message"] = "Internal Server Error" };
        string taskId = ExampleTaskId();
        string description = "a request for a task while the provider is failing";
        pact.UponReceiving(description)
            .Given(SeedanceProviderStates.ValidApiKey, ApiKeyParams())
            .Given(SeedanceProviderStates.ProviderFailing)
            .ExpectAuthorizedGet(taskId, 500, example);
        return new SeedanceInteraction(description, SeedanceContract.ExampleApiKey, taskId, example, 500);
    }

    /// <summary>POST a new video task with only a prompt: 200 with the spec's "created task" example.</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    /// <param name="variant">480p or 720p.</param>
    /// <param name="prompt">The prompt your client sends (any string matches; this is the example).</param>
    public SeedanceInteraction CreateTask(PactBuilder pact, SeedanceVideoVariant variant, string prompt)
    {
        ArgumentNullException.ThrowIfNull(pact);
        ArgumentException.ThrowIfNullOrWhiteSpace(prompt);
        string operation = variant == SeedanceVideoVariant.Mini720p ? SeedanceContract.Operations.Create720p : SeedanceContract.Operations.Create480p;
        string path = variant == SeedanceVideoVariant.Mini720p ? SeedanceContract.Paths.Mini720p : SeedanceContract.Paths.Mini480p;
        var example = catalog.Find(operation, 200, "with data.status 'CREATED'", json => StatusOf(json) == "CREATED");
        string description = $"a request to create a {SeedanceProviderStates.VariantValue(variant)} video task";
        pact.UponReceiving(description)
            .Given(SeedanceProviderStates.ValidApiKey, ApiKeyParams())
            .WithRequest(HttpMethod.Post, path)
            .WithHeader(SeedanceContract.ApiKeyHeader, AuthorizedGetExpectation.ApiKeyMatcher())
            .WithJsonBody(new JsonObject { ["prompt"] = Match.Type(prompt).ToIntegrationJson() })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(ExampleMatchers.Decorate(example));
        return new SeedanceInteraction(description, SeedanceContract.ExampleApiKey, null, example, 200);
    }

    /// <summary>GET the task list of one collection (or of the whole family when <paramref name="variant"/> is null): 200 with at least one task.</summary>
    /// <param name="pact">The builder to add the interaction to.</param>
    /// <param name="variant">480p, 720p, or null for all tasks of the family.</param>
    public SeedanceInteraction ListTasks(PactBuilder pact, SeedanceVideoVariant? variant)
    {
        ArgumentNullException.ThrowIfNull(pact);
        var (operation, path, label) = variant switch
        {
            SeedanceVideoVariant.Mini480p => (SeedanceContract.Operations.List480p, SeedanceContract.Paths.Mini480p, "480p tasks"),
            SeedanceVideoVariant.Mini720p => (SeedanceContract.Operations.List720p, SeedanceContract.Paths.Mini720p, "720p tasks"),
            _ => (SeedanceContract.Operations.ListAll, SeedanceContract.Paths.Family, "all Seedance 2.0 Mini tasks"),
        };

        // List responses have no named examples in the spec: use the operation's example when the catalog has
        // one, else list the task of the GET operation's "created" example (the same `task` schema).
        var example = catalog.FirstOrDefault(operation, 200) ?? ListOf(catalog.Find(SeedanceContract.Operations.GetTask, 200, "with data.status 'CREATED'", json => StatusOf(json) == "CREATED"));
        var first = example["data"]?.AsArray().FirstOrDefault()
            ?? throw new InvalidOperationException($"The list example for '{operation}' has no entries.");
        string taskId = first["task_id"]!.GetValue<string>();
        string status = first["status"]!.GetValue<string>();
        var taskState = TaskParams(taskId, status);
        taskState[SeedanceProviderStates.Params.Variant] = SeedanceProviderStates.VariantValue(variant ?? SeedanceVideoVariant.Mini480p);

        // Keep only the first entry: the state seeds exactly one task.
        var single = new JsonObject { ["data"] = new JsonArray(first.DeepClone()) };
        string description = $"a request to list {label}";
        pact.UponReceiving(description)
            .Given(SeedanceProviderStates.ValidApiKey, ApiKeyParams())
            .Given(SeedanceProviderStates.TaskExists, taskState)
            .WithRequest(HttpMethod.Get, path)
            .WithHeader(SeedanceContract.ApiKeyHeader, AuthorizedGetExpectation.ApiKeyMatcher())
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(ExampleMatchers.Decorate(single));
        return new SeedanceInteraction(description, SeedanceContract.ExampleApiKey, taskId, single, 200);
    }

    private string ExampleTaskId() =>
        TaskIdOf(catalog.Find(SeedanceContract.Operations.GetTask, 200, "with data.status 'CREATED'", json => StatusOf(json) == "CREATED"));

    private static JsonObject ListOf(JsonNode taskDetailExample)
    {
        var data = taskDetailExample["data"]!;
        return new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["task_id"] = data["task_id"]!.DeepClone(), ["status"] = data["status"]!.DeepClone() }),
        };
    }

    private static string? StatusOf(JsonNode example) => example["data"]?["status"]?.GetValue<string>();

    private static string TaskIdOf(JsonNode example) =>
        example["data"]?["task_id"]?.GetValue<string>() ?? throw new InvalidOperationException("The example has no data.task_id.");

    private static Dictionary<string, object?> ApiKeyParams() =>
        new() { [SeedanceProviderStates.Params.ApiKey] = SeedanceContract.ExampleApiKey };

    private static Dictionary<string, object?> TaskParams(string taskId, string status) =>
        new() { [SeedanceProviderStates.Params.TaskId] = taskId, [SeedanceProviderStates.Params.Status] = status };

    // The header name is the contract; any non-blank key value is accepted (the example is what the verifier sends).
}
