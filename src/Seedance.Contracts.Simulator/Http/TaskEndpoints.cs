using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Simulator.Http;

/// <summary>
/// The Seedance 2.0 Mini family endpoints of the spec. Handlers are plain <see cref="RequestDelegate"/>s
/// (no reflection-based parameter binding), so the simulator stays trimming/AOT-friendly.
/// </summary>
internal static class TaskEndpoints
{
    public const string Family = "/v1/ai/video/seedance-2-mini";
    public const string Mini480p = "/v1/ai/video/seedance-2-mini-480p";
    public const string Mini720p = "/v1/ai/video/seedance-2-mini-720p";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Mini480p, context => CreateAsync(context, SeedanceVariant.Mini480p));
        endpoints.MapPost(Mini720p, context => CreateAsync(context, SeedanceVariant.Mini720p));
        endpoints.MapGet(Mini480p, context => ListAsync(context, SeedanceVariant.Mini480p));
        endpoints.MapGet(Mini720p, context => ListAsync(context, SeedanceVariant.Mini720p));
        endpoints.MapGet(Family, context => ListAsync(context, variant: null));
        endpoints.MapGet(Family + "/{taskId}", GetAsync);

        // Anything else answers like the real API's unknown resources: JSON 404, never an empty body.
        endpoints.MapFallback(context => ApiResponses.WriteMessageAsync(context, StatusCodes.Status404NotFound, ApiMessages.NotFound));
    }

    private static async Task CreateAsync(HttpContext context, SeedanceVariant variant)
    {
        var control = context.RequestServices.GetRequiredService<SimulatorControl>();
        if (!context.Request.HasJsonContentType())
        {
            await ApiResponses.WriteMessageAsync(context, StatusCodes.Status400BadRequest, "Request body must be application/json");
            return;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await ApiResponses.WriteMessageAsync(context, StatusCodes.Status400BadRequest, "Request body is not valid JSON");
            return;
        }

        using (document)
        {
            var error = CreateTaskRequestValidator.Validate(document.RootElement, out var prompt);
            if (error is not null)
            {
                await ApiResponses.WriteMessageAsync(context, StatusCodes.Status400BadRequest, error);
                return;
            }

            var script = control.ChooseScriptForNewTask(prompt);
            var created = control.Tasks.AddScripted(control.NewTaskId(), variant, prompt, script);

            // The spec's create response is always CREATED, even for a schedule that is already past it.
            var response = created with { WireStatus = SimulatedTaskStatus.Created.ToWireValue(), Generated = [] };
            await ApiResponses.WriteTaskDetailAsync(context, response);
        }
    }

    private static Task ListAsync(HttpContext context, SeedanceVariant? variant)
    {
        var control = context.RequestServices.GetRequiredService<SimulatorControl>();
        return ApiResponses.WriteTaskListAsync(context, control.Tasks.List(variant));
    }

    private static Task GetAsync(HttpContext context)
    {
        var control = context.RequestServices.GetRequiredService<SimulatorControl>();
        var raw = context.Request.RouteValues["taskId"] as string;
        var task = Guid.TryParse(raw, out var id) ? control.Tasks.Poll(id) : null;
        return task is null
            ? ApiResponses.WriteMessageAsync(context, StatusCodes.Status404NotFound, ApiMessages.NotFound)
            : ApiResponses.WriteTaskDetailAsync(context, task);
    }
}
