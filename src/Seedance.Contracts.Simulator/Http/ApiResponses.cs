using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Seedance.Contracts.Simulator.Json;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Simulator.Http;

/// <summary>Writes the spec's JSON bodies with <c>Content-Type: application/json</c>.</summary>
internal static class ApiResponses
{
    public static async Task WriteJsonAsync<T>(HttpContext context, int statusCode, T value, JsonTypeInfo<T> typeInfo)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted);
    }

    public static Task WriteMessageAsync(HttpContext context, int statusCode, string message) =>
        WriteJsonAsync(context, statusCode, new MessageWire { Message = message }, SimulatorJsonContext.Wire.MessageWire);

    public static Task WriteTaskDetailAsync(HttpContext context, SimulatedTaskSnapshot task) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, new TaskDetailResponseWire { Data = ToWire(task) }, SimulatorJsonContext.Wire.TaskDetailResponseWire);

    public static Task WriteTaskListAsync(HttpContext context, IReadOnlyList<SimulatedTaskSnapshot> tasks)
    {
        var data = tasks.Select(t => new TaskSummaryWire { TaskId = t.TaskId, Status = t.WireStatus }).ToArray();
        return WriteJsonAsync(context, StatusCodes.Status200OK, new TaskListResponseWire { Data = data }, SimulatorJsonContext.Wire.TaskListResponseWire);
    }

    /// <summary>The spec's message for 500 and 503; the standard reason phrase for other codes.</summary>
    public static string FaultMessage(int statusCode) => statusCode switch
    {
        StatusCodes.Status500InternalServerError => ApiMessages.InternalServerError,
        StatusCodes.Status503ServiceUnavailable => ApiMessages.ServiceUnavailable,
        _ => ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : $"HTTP {statusCode}",
    };

    private static TaskDetailWire ToWire(SimulatedTaskSnapshot task) => new()
    {
        TaskId = task.TaskId,
        Status = task.WireStatus,
        Generated = task.Generated.Select(u => u.AbsoluteUri).ToArray(),
    };
}
