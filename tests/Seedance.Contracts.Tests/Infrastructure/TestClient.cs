namespace Seedance.Contracts.Tests.Infrastructure;

public sealed class TestClientOptions : SeedanceClientOptions
{
}

/// <summary>A client written the way generated clients are, over the runtime's protected API.</summary>
public sealed class TestClient : SeedanceClientBase
{
    public const string HeaderName = "x-test-api-key";

    public TestClient(HttpClient httpClient, TestClientOptions options, SeedanceAuthScheme? auth = null, bool ownsHttpClient = false)
        : base(httpClient, options, auth ?? SeedanceAuthScheme.ApiKeyHeader(HeaderName), ownsHttpClient)
    {
    }

    public Task<TestTask> GetTaskAsync(string taskId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/v1/tasks/" + Uri.EscapeDataString(taskId), null, TestJsonContext.Default.TestTask, "get_task", cancellationToken);

    public Task<TestTask> CreateTaskAsync(TestCreateRequest body, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/v1/tasks", JsonContent(body, TestJsonContext.Default.TestCreateRequest), TestJsonContext.Default.TestTask, "create_task", cancellationToken);

    public Task<TestTask> CreateTaskWithFormAsync(IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/v1/tasks", FormContent(fields), TestJsonContext.Default.TestTask, "create_task_form", cancellationToken);

    public Task<TestTask> WaitAsync(string taskId, IProgress<TestTask>? progress = null, CancellationToken cancellationToken = default) =>
        WaitForTaskAsync(
            ct => GetTaskAsync(taskId, ct),
            static t => t.Status switch
            {
                "COMPLETED" => TaskStatusKind.Succeeded,
                "FAILED" => TaskStatusKind.Failed,
                "CREATED" or "IN_PROGRESS" => TaskStatusKind.Pending,
                _ => TaskStatusKind.Unknown,
            },
            static t => t.Status,
            taskId,
            progress,
            cancellationToken);
}
