using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Seedance.Contracts.Simulator.Hosting;
using Seedance.Contracts.Simulator.Http;

namespace Seedance.Contracts.Simulator;

/// <summary>
/// A running, spec-faithful double of the Magnific Seedance 2.0 Mini task API on real HTTP (Kestrel,
/// loopback by default). Start it with <see cref="StartAsync"/>, point a client at <see cref="BaseAddress"/>
/// with <see cref="ApiKey"/>, drive it through <see cref="Control"/>, and dispose it to stop it.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await SeedanceSimulator.StartAsync(new SeedanceSimulatorOptions(), ct);
/// sim.Control.SeedTask(id, SimulatedTaskStatus.Completed);
/// </code>
/// </example>
public sealed class SeedanceSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private SeedanceSimulator(WebApplication app, SimulatorControl control, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        Control = control;
        Addresses = addresses;
    }

    /// <summary>The first address the simulator listens on, with a trailing slash (e.g. <c>http://127.0.0.1:41234/</c>).</summary>
    public Uri BaseAddress => Addresses[0];

    /// <summary>Every address the simulator listens on.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>The API key the simulator accepts in <c>x-magnific-api-key</c>.</summary>
    public string ApiKey => Control.ApiKey;

    /// <summary>Seeding, scripting, faults and the request log.</summary>
    public SimulatorControl Control { get; }

    /// <summary>Starts a simulator and returns once it accepts connections.</summary>
    /// <param name="options">Settings; null for the defaults (loopback, random port, <see cref="SeedanceSimulatorOptions.DefaultApiKey"/>).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator; dispose it to stop it.</returns>
    public static async Task<SeedanceSimulator> StartAsync(SeedanceSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SeedanceSimulatorOptions();
        options.Validate();

        // The empty builder reads no appsettings/environment configuration and watches no files, so a
        // test run can start many simulators and nothing in the environment changes their behaviour.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SeedanceSimulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);

        var control = new SimulatorControl(options);
        builder.Services.AddSingleton(control);
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            app.Urls.Add(url);
        }

        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ApiGateMiddleware>();
        options.ConfigureEndpoints?.Invoke(app);
        TaskEndpoints.Map(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var addresses = bound.Select(a => new Uri(a.EndsWith('/') ? a : a + "/")).ToArray();
        return new SeedanceSimulator(app, control, addresses);
    }

    /// <summary>Stops listening; open requests get <paramref name="cancellationToken"/>'s time to finish.</summary>
    /// <param name="cancellationToken">Ends the graceful stop early.</param>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>Stops the simulator and frees its port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Describes the simulator by address; never includes the API key.</summary>
    public override string ToString() => $"SeedanceSimulator at {BaseAddress}";
}
