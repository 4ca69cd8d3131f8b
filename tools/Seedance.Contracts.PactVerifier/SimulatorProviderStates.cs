using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Pact.Provider;
using Seedance.Contracts.Pact.SeedanceApi;
using Seedance.Contracts.Simulator;
using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.PactVerifier;

/// <summary>
/// The provider-state endpoint: turns each state of <see cref="SeedanceProviderStates"/> into simulator
/// set-up, and resets the simulator on teardown so interactions never see each other's data.
/// </summary>
internal static class SimulatorProviderStates
{
    /// <summary>Relative path of the endpoint (outside /v1, so the simulator's API-key gate does not apply).</summary>
    internal const string Path = "/_pact/provider-states";

    internal static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var control = context.RequestServices.GetService(typeof(SimulatorControl)) as SimulatorControl
            ?? throw new InvalidOperationException("The simulator's control service is not registered.");
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        try
        {
            Apply(control, ProviderStateRequest.Parse(body));
            context.Response.StatusCode = StatusCodes.Status200OK;
            await context.Response.WriteAsync("{}", context.RequestAborted);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or KeyNotFoundException)
        {
            // A 4xx makes the verifier fail the interaction and print this text.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(ex.Message, context.RequestAborted);
        }
    }

    internal static void Apply(SimulatorControl control, ProviderStateRequest request)
    {
        if (!request.IsSetup || request.IsStateless)
        {
            // Teardown, or an interaction without states: back to an empty simulator.
            control.Reset();
            return;
        }

        switch (request.State)
        {
            case SeedanceProviderStates.ValidApiKey:
                string key = request.RequireString(SeedanceProviderStates.Params.ApiKey);
                if (key != control.ApiKey)
                {
                    throw new ArgumentException($"State '{request.State}': the simulator was started with a different API key than the pact's.");
                }

                break;

            case SeedanceProviderStates.TaskExists:
                var id = Guid.Parse(request.RequireString(SeedanceProviderStates.Params.TaskId));
                string wire = request.RequireString(SeedanceProviderStates.Params.Status);
                if (!SimulatedTaskStatusExtensions.TryParseWireValue(wire, out var status))
                {
                    throw new ArgumentException($"State '{request.State}': unknown status '{wire}'.");
                }

                var variant = request.OptionalString(SeedanceProviderStates.Params.Variant) switch
                {
                    null or "480p" => SeedanceVariant.Mini480p,
                    "720p" => SeedanceVariant.Mini720p,
                    var other => throw new ArgumentException($"State '{request.State}': unknown variant '{other}'."),
                };
                control.SeedTask(id, status, generated: null, variant);
                break;

            case SeedanceProviderStates.TaskMissing:
                control.RemoveTask(Guid.Parse(request.RequireString(SeedanceProviderStates.Params.TaskId)));
                break;

            case SeedanceProviderStates.ProviderFailing:
                control.SetFailingMode(SimulatedFault.InternalServerError);
                break;

            default:
                throw new ArgumentException($"Unknown provider state '{request.State}'. Known: {string.Join(", ", SeedanceProviderStates.All)}.");
        }
    }
}
