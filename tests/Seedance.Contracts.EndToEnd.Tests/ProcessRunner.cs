using System.Diagnostics;
using System.Text;

namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>The outcome of one child process: exit code and everything it printed.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    /// <summary>A readable failure text for assertions: the command, its exit code and the output's tail.</summary>
    public string Describe()
    {
        const int tail = 6000;
        var shown = Output.Length > tail ? "..." + Output[^tail..] : Output;
        return $"`{Command}` exited {ExitCode}:\n{shown}";
    }
}

/// <summary>Runs a command to completion with a hard time limit, capturing stdout and stderr together.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName, string arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A consumer build must not inherit the test host's MSBuild state (it would reuse this repo's nodes).
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output)
            {
                output.AppendLine($"[killed after {timeout}]");
            }

            return new ProcessResult($"{fileName} {arguments}", -1, output.ToString());
        }

        process.WaitForExit(); // flushes the async output readers
        lock (output)
        {
            return new ProcessResult($"{fileName} {arguments}", process.ExitCode, output.ToString());
        }
    }
}
