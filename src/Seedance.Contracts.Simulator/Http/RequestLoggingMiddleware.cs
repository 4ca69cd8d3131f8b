using Microsoft.AspNetCore.Http;
using Seedance.Contracts.Simulator.Diagnostics;

namespace Seedance.Contracts.Simulator.Http;

/// <summary>Records every answered request (method, path, status, whether a key was sent — never the key).</summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, SimulatorControl control)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var request = context.Request;
            control.Log.Add(new SimulatorRequestRecord(
                control.TimeProvider.GetUtcNow(),
                request.Method,
                request.Path.Value ?? string.Empty,
                request.QueryString.Value ?? string.Empty,
                status,
                request.Headers.ContainsKey(ApiGateMiddleware.ApiKeyHeader)));
        }
    }
}
