using Microsoft.Extensions.Logging;
using Seedance.Contracts.Simulator;
using Seedance.Contracts.Simulator.Cli;

// Standalone mode: `dotnet run --project src/Seedance.Contracts.Simulator -- --urls http://127.0.0.1:5080`.
var parsed = SimulatorCommandLine.Parse(args);
if (parsed.Error is not null)
{
    Console.Error.WriteLine(parsed.Error);
    Console.Error.WriteLine(SimulatorCommandLine.Usage);
    return 2;
}

if (parsed.ShowHelp)
{
    Console.WriteLine(SimulatorCommandLine.Usage);
    return 0;
}

var options = parsed.Options;
if (parsed.Verbose)
{
    options.ConfigureLogging = logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Information);
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // stop gracefully instead of killing the process
    stop.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });

await using var simulator = await SeedanceSimulator.StartAsync(options, stop.Token);
foreach (var address in simulator.Addresses)
{
    Console.WriteLine($"Seedance simulator listening on {address}");
}

Console.WriteLine(options.ApiKey == SeedanceSimulatorOptions.DefaultApiKey
    ? $"Accepted x-magnific-api-key: {SeedanceSimulatorOptions.DefaultApiKey} (the public test key)"
    : "Accepted x-magnific-api-key: the value given with --api-key");
Console.WriteLine("Press Ctrl+C to stop.");

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
