namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// The native Pact engine (libpact_ffi) could not be loaded from any of the places the kit looks.
/// The message lists every path tried, the runtime identifier and the process architecture.
/// </summary>
public sealed class PactNativeLibraryNotFoundException : DllNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="pathsTried">Every location that was tried, in order.</param>
    /// <param name="runtimeIdentifier">The portable RID the kit looked for (e.g. <c>linux-x64</c>).</param>
    /// <param name="processArchitecture">The architecture of the running process.</param>
    public PactNativeLibraryNotFoundException(IReadOnlyList<string> pathsTried, string runtimeIdentifier, string processArchitecture)
        : base(Compose(pathsTried, runtimeIdentifier, processArchitecture))
    {
        PathsTried = pathsTried;
        RuntimeIdentifier = runtimeIdentifier;
        ProcessArchitecture = processArchitecture;
    }

    /// <summary>Every location that was tried, in order.</summary>
    public IReadOnlyList<string> PathsTried { get; }

    /// <summary>The portable RID the kit looked for.</summary>
    public string RuntimeIdentifier { get; }

    /// <summary>The architecture of the running process.</summary>
    public string ProcessArchitecture { get; }

    private static string Compose(IReadOnlyList<string> pathsTried, string rid, string arch) =>
        "The Pact engine library (libpact_ffi 0.5.8) could not be loaded. " +
        $"Runtime identifier: {rid}; process architecture: {arch}. Tried, in order:" + Environment.NewLine +
        string.Join(Environment.NewLine, pathsTried.Select(p => "  - " + p)) + Environment.NewLine +
        $"Fix: build the project that references Seedance.Contracts.Pact (its MSBuild target fetches the library " +
        $"into runtimes/{rid}/native/), or set {PactNativeLibrary.PathEnvironmentVariable} to the full path of the library file.";
}
