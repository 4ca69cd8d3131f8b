using System.Diagnostics;
using System.Reflection;

namespace Seedance.Contracts.Simulator.Tests.Support;

/// <summary>Runs the built Seedance.TaskWatcher sample as a child process with redirected (non-TTY) output.</summary>
internal static class TaskWatcherProcess
{
    public static string AssemblyPath { get; } = typeof(TaskWatcherProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TaskWatcherAssembly").Value!;

    /// <summary>Runs the sample and returns its exit code and output; kills it after <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string? apiKey, TimeSpan timeout)
    {
        File.Exists(AssemblyPath).Should().BeTrue($"the sample must be built at {AssemblyPath}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never inherit a real key from the developer's shell: the tests decide what the sample sees.
        start.Environment.Remove("MAGNIFIC_API_KEY");
        if (apiKey is not null)
        {
            start.Environment["MAGNIFIC_API_KEY"] = apiKey;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Seedance.TaskWatcher did not exit within {timeout}. Output so far:\n{await stdout}\n{await stderr}");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>Exit code and captured output of a finished process.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
