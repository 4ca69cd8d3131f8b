// The build-time probe's user code: the same small console program for both builds (with and without the
// Seedance.Contracts package), written against HttpClient and System.Text.Json only, so the package is the
// only difference between the two builds.
using System.Net.Http.Json;
using System.Text.Json;

if (args.Length < 2)
{
    Console.WriteLine("usage: <base-address> <api-key> [task-id]");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
http.DefaultRequestHeaders.Add("x-magnific-api-key", args[1]);
string taskId = args.Length > 2 ? args[2] : "00000000-0000-0000-0000-000000000000";
using HttpResponseMessage response = await http.GetAsync("/v1/ai/video/seedance-2-mini/" + Uri.EscapeDataString(taskId));
using JsonDocument body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
string status = body.RootElement.TryGetProperty("data", out JsonElement data) && data.TryGetProperty("status", out JsonElement s)
    ? s.GetString() ?? "(null)"
    : "(no status)";
Console.WriteLine($"{(int)response.StatusCode} {Describe(status)}");
return response.IsSuccessStatusCode ? 0 : 1;

static string Describe(string status) => status switch
{
    "CREATED" or "IN_PROGRESS" => "pending",
    "COMPLETED" => "done",
    "FAILED" => "failed",
    _ => "unknown: " + status,
};
