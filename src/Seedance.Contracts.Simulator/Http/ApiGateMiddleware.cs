using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Seedance.Contracts.Simulator.Http;

/// <summary>
/// In front of every <c>/v1/</c> request, in this order: the configured delay, an injected fault, then the
/// API-key check (missing → 401 "Missing API key", wrong → 401 "Invalid API key"). Endpoints mapped
/// through <see cref="SeedanceSimulatorOptions.ConfigureEndpoints"/> live outside <c>/v1/</c> and skip it.
/// </summary>
internal sealed class ApiGateMiddleware(RequestDelegate next, SimulatorControl control)
{
    public const string ApiKeyHeader = "x-magnific-api-key";

    private readonly byte[] _expectedKey = Encoding.UTF8.GetBytes(control.ApiKey);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var delay = control.Faults.Delay;
        if (delay > TimeSpan.Zero)
        {
            control.Faults.EnterDelay();
            try
            {
                await Task.Delay(delay, control.TimeProvider, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // the client gave up waiting; nobody reads a response
            }
            finally
            {
                control.Faults.LeaveDelay();
            }
        }

        if (control.Faults.Take() is { } fault)
        {
            if (fault.RetryAfter is { } retryAfter)
            {
                context.Response.Headers[HeaderNames.RetryAfter] = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await ApiResponses.WriteMessageAsync(context, fault.StatusCode, ApiResponses.FaultMessage(fault.StatusCode));
            return;
        }

        var sent = context.Request.Headers[ApiKeyHeader].ToString();
        if (sent.Length == 0)
        {
            await ApiResponses.WriteMessageAsync(context, StatusCodes.Status401Unauthorized, ApiMessages.MissingApiKey);
            return;
        }

        // Constant-time compare: even a test double should not teach timing leaks.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _expectedKey))
        {
            await ApiResponses.WriteMessageAsync(context, StatusCodes.Status401Unauthorized, ApiMessages.InvalidApiKey);
            return;
        }

        await next(context);
    }
}
