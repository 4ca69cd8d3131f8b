using Spectre.Console;

namespace Seedance.TaskWatcher.Output;

/// <summary>Live output on an interactive terminal, plain lines otherwise (redirected stdout, CI, TERM=dumb).</summary>
internal static class WatcherConsoleFactory
{
    public static IWatcherConsole Create()
    {
        var interactive = !Console.IsOutputRedirected
            && AnsiConsole.Profile.Capabilities.Interactive
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return interactive ? new LiveConsole(AnsiConsole.Console) : new PlainConsole(Console.Out, Console.Error);
    }
}
