using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Seedance.Contracts.Simulator.Tests.Support;

/// <summary>A started simulator plus a raw HttpClient on loopback that sends the valid key unless told otherwise.</summary>
internal sealed class SimulatorSession : IAsyncDisposable
{
    private SimulatorSession(SeedanceSimulator simulator)
    {
        Simulator = simulator;
        Http = new HttpClient { BaseAddress = simulator.BaseAddress };
    }

    public SeedanceSimulator Simulator { get; }

    public SimulatorControl Control => Simulator.Control;

    public HttpClient Http { get; }

    public static async Task<SimulatorSession> StartAsync(SeedanceSimulatorOptions? options = null) =>
        new(await SeedanceSimulator.StartAsync(options));

    /// <summary>Sends a request; <paramref name="apiKey"/> "" sends no header, null sends the valid key.</summary>
    public async Task<RawResponse> SendAsync(HttpMethod method, string path, string? jsonBody = null, string? apiKey = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        var key = apiKey ?? Simulator.ApiKey;
        if (key.Length > 0)
        {
            request.Headers.Add("x-magnific-api-key", key);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await Http.SendAsync(request);
        return new RawResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response.Headers);
    }

    public Task<RawResponse> GetAsync(string path, string? apiKey = null) => SendAsync(HttpMethod.Get, path, apiKey: apiKey);

    public Task<RawResponse> PostAsync(string path, string jsonBody, string? apiKey = null) => SendAsync(HttpMethod.Post, path, jsonBody, apiKey);

    /// <summary>Creates a task through the API and returns its id.</summary>
    public async Task<Guid> CreateAsync(string prompt, string path = Paths.Create480p)
    {
        var response = await PostAsync(path, JsonSerializer.Serialize(new Dictionary<string, string> { ["prompt"] = prompt }));
        response.StatusCode.Should().Be(200, response.Body);
        return Guid.Parse(response.Json.RootElement.GetProperty("data").GetProperty("task_id").GetString()!);
    }

    /// <summary>Polls a task once and returns the reported wire status.</summary>
    public async Task<string> PollStatusAsync(Guid taskId)
    {
        var response = await GetAsync(Paths.Task(taskId));
        response.StatusCode.Should().Be(200, response.Body);
        return response.Json.RootElement.GetProperty("data").GetProperty("status").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}

/// <summary>Status, media type, raw body and headers of one response.</summary>
internal sealed record RawResponse(int StatusCode, string? MediaType, string Body, HttpResponseHeaders Headers)
{
    public JsonDocument Json => JsonDocument.Parse(Body);
}

/// <summary>The spec's paths.</summary>
internal static class Paths
{
    public const string Create480p = "/v1/ai/video/seedance-2-mini-480p";
    public const string Create720p = "/v1/ai/video/seedance-2-mini-720p";
    public const string List480p = Create480p;
    public const string List720p = Create720p;
    public const string ListAll = "/v1/ai/video/seedance-2-mini";

    public static string Task(Guid id) => $"{ListAll}/{id:D}";
}
