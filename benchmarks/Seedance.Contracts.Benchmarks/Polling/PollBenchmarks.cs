using System.Net.Http.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using Seedance.Contracts.Benchmarks.HandWritten;

namespace Seedance.Contracts.Benchmarks.Polling;

/// <summary>
/// One status poll (<c>GET /v1/ai/video/seedance-2-mini/{task-id}</c>) over loopback against the simulator in
/// a separate process: the generated <see cref="MagnificClient"/> against a raw
/// <c>HttpClient.GetFromJsonAsync</c> with STJ's source generator (baseline), same header, same HttpClient
/// settings (a default <see cref="HttpClient"/>, the same timeout).
/// </summary>
[MemoryDiagnoser]
public class PollBenchmarks
{
    private const string TaskPath = "/v1/ai/video/seedance-2-mini/";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(100);

    private SimulatorProcess _simulator = null!;
    private HttpClient _raw = null!;
    private HttpClient _external = null!;
    private MagnificClient _ownedClient = null!;
    private MagnificClient _externalClient = null!;
    private string _taskId = "";

    /// <summary>Starts the simulator, creates a task, drives it to COMPLETED and checks every client reads it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _simulator = SimulatorProcess.Start(TimeSpan.FromSeconds(60));
        Uri baseAddress = _simulator.BaseAddress;

        _raw = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout };
        _raw.DefaultRequestHeaders.Add("x-magnific-api-key", SimulatorProcess.ApiKey);

        // Owns its HttpClient: the key goes on that client's default headers, as on the raw one.
        _ownedClient = new MagnificClient(new MagnificClientOptions { ApiKey = SimulatorProcess.ApiKey, BaseAddress = baseAddress, Timeout = Timeout });

        // The IHttpClientFactory shape: a shared HttpClient it does not own, so the key is added per request.
        _external = new HttpClient { Timeout = Timeout };
        _externalClient = new MagnificClient(_external, new MagnificClientOptions { ApiKey = SimulatorProcess.ApiKey, BaseAddress = baseAddress });

        _taskId = CreateCompletedTask();
        foreach (var (name, status) in new[]
        {
            ("raw", Raw().GetAwaiter().GetResult()!.Data.Status.ToString()),
            ("owned client", MagnificClient_OwnedHttpClient().GetAwaiter().GetResult().Data.Status.ToString()),
            ("external client", MagnificClient_ExternalHttpClient().GetAwaiter().GetResult().Data.Status.ToString()),
        })
        {
            if (status != nameof(MagnificTaskStatus.Completed))
            {
                throw new InvalidOperationException($"The {name} poll read status {status}, expected Completed.");
            }
        }
    }

    /// <summary>Disposes the clients and kills the simulator process.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _ownedClient?.Dispose();
        _externalClient?.Dispose();
        _external?.Dispose();
        _raw?.Dispose();
        _simulator?.Dispose();
    }

    /// <summary>Raw HttpClient + STJ source generator (baseline).</summary>
    /// <returns>The response.</returns>
    [Benchmark(Baseline = true, Description = "raw GetFromJsonAsync + STJ source-gen")]
    public Task<HandTaskDetailResponse?> Raw() =>
        _raw.GetFromJsonAsync(TaskPath + Uri.EscapeDataString(_taskId), HandJsonContext.Default.HandTaskDetailResponse);

    /// <summary>The generated client over its own HttpClient.</summary>
    /// <returns>The response.</returns>
    [Benchmark(Description = "MagnificClient (own HttpClient)")]
    public Task<TaskDetailResponse> MagnificClient_OwnedHttpClient() => _ownedClient.GetSeedance2MiniTaskAsync(_taskId);

    /// <summary>The generated client over a shared HttpClient (key added to each request).</summary>
    /// <returns>The response.</returns>
    [Benchmark(Description = "MagnificClient (shared HttpClient)")]
    public Task<TaskDetailResponse> MagnificClient_ExternalHttpClient() => _externalClient.GetSeedance2MiniTaskAsync(_taskId);

    // The simulator answers CREATED, then IN_PROGRESS, then the terminal status on later polls; polling until
    // COMPLETED here means every measured poll reads the same (largest) body.
    private string CreateCompletedTask()
    {
        using var body = new StringContent("{\"prompt\":\"benchmark poll [complete]\"}", Encoding.UTF8, "application/json");
        using HttpResponseMessage created = _raw.PostAsync("/v1/ai/video/seedance-2-mini-480p", body).GetAwaiter().GetResult();
        created.EnsureSuccessStatusCode();
        var task = created.Content.ReadFromJsonAsync(HandJsonContext.Default.HandTaskDetailResponse).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException("The create response was empty.");
        string id = task.Data.TaskId.ToString();
        for (int poll = 0; poll < 20; poll++)
        {
            var detail = _raw.GetFromJsonAsync(TaskPath + id, HandJsonContext.Default.HandTaskDetailResponse).GetAwaiter().GetResult();
            if (detail?.Data.Status == HandTaskStatus.Completed)
            {
                return id;
            }
        }

        throw new InvalidOperationException($"Task {id} did not reach COMPLETED within 20 polls.");
    }
}
