using System.Diagnostics;

namespace Seedance.Contracts.Benchmarks.Polling;

/// <summary>
/// The simulator run standalone in its own process (<c>dotnet Seedance.Contracts.Simulator.dll --urls
/// http://127.0.0.1:0</c>), so the server's allocations never appear in the benchmark process's figures.
/// </summary>
public sealed class SimulatorProcess : IDisposable
{
    /// <summary>The simulator's accepted key (its public test key).</summary>
    public const string ApiKey = "seedance-simulator-key";

    private const string ListeningPrefix = "Seedance simulator listening on ";
    private readonly Process _process;

    private SimulatorProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the simulator listens (loopback, a free port).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the simulator and waits until it prints its address.</summary>
    /// <param name="timeout">How long to wait for it to start.</param>
    /// <returns>The running simulator.</returns>
    /// <exception cref="InvalidOperationException">It could not be found, exited, or did not start in time.</exception>
    public static SimulatorProcess Start(TimeSpan timeout)
    {
        string dll = LocateSimulator();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start dotnet {dll}.");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        // Both pipes are drained for the process's whole life: a full pipe would block the simulator.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                address.TrySetResult(new Uri(line[ListeningPrefix.Length..].Trim()));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                errors.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        Task exited = process.WaitForExitAsync();
        Task first = Task.WhenAny(address.Task, exited, Task.Delay(timeout)).GetAwaiter().GetResult();
        if (first != address.Task)
        {
            string why = first == exited ? $"exited with code {process.ExitCode}" : $"did not print its address within {timeout}";
            KillQuietly(process);
            process.Dispose();
            throw new InvalidOperationException($"The simulator ({dll}) {why}. stderr: {string.Join(" | ", errors.Take(20))}");
        }

        return new SimulatorProcess(process, address.Task.Result);
    }

    /// <summary>Stops the simulator process (and anything it started).</summary>
    public void Dispose()
    {
        KillQuietly(_process);
        _process.Dispose();
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
    }

    // The benchmark project references the simulator, so its DLL and runtimeconfig sit next to ours;
    // SEEDANCE_SIMULATOR_DLL overrides that (for example for a simulator built elsewhere).
    private static string LocateSimulator()
    {
        string? overridden = Environment.GetEnvironmentVariable("SEEDANCE_SIMULATOR_DLL");
        string dll = !string.IsNullOrEmpty(overridden)
            ? overridden
            : typeof(Seedance.Contracts.Simulator.SeedanceSimulator).Assembly.Location;
        string runtimeConfig = Path.ChangeExtension(dll, ".runtimeconfig.json");
        if (!File.Exists(dll) || !File.Exists(runtimeConfig))
        {
            throw new InvalidOperationException(
                $"The simulator is not runnable standalone at '{dll}' (needs {Path.GetFileName(runtimeConfig)} beside it); set SEEDANCE_SIMULATOR_DLL.");
        }

        return dll;
    }
}
