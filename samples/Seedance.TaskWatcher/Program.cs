using Seedance.TaskWatcher.Cli;
using Seedance.TaskWatcher.Modes;
using Seedance.TaskWatcher.Output;

var arguments = WatcherArguments.Parse(args);
if (arguments.ShowHelp)
{
    Console.Out.WriteLine(HelpText.Text);
    return ExitCodes.Success;
}

var console = WatcherConsoleFactory.Create();
if (arguments.Error is not null)
{
    console.Error(arguments.Error);
    return ExitCodes.Usage;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // finish cleanly: stop polling, dispose the simulator
    cancellation.Cancel();
};

// The key is only ever passed to the client options, which redact it; it is never printed.
var apiKey = Environment.GetEnvironmentVariable("MAGNIFIC_API_KEY");
try
{
    if (arguments.ForceDemo || (string.IsNullOrEmpty(apiKey) && !arguments.HasRealApiWork))
    {
        return await new DemoMode(console).RunAsync(cancellation.Token);
    }

    if (string.IsNullOrEmpty(apiKey))
    {
        console.Error("MAGNIFIC_API_KEY is not set. Set it to watch or create tasks on the real API, or run without arguments for the demo.");
        return ExitCodes.Usage;
    }

    if (!arguments.HasRealApiWork)
    {
        console.Error("MAGNIFIC_API_KEY is set but there is nothing to do: pass task ids or --create \"prompt\" (or --demo). See --help.");
        return ExitCodes.Usage;
    }

    return await new RealApiMode(console, arguments, apiKey).RunAsync(cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    console.Error("Cancelled.");
    return ExitCodes.Cancelled;
}
