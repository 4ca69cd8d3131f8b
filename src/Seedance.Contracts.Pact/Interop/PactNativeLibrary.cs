using System.Reflection;
using System.Runtime.InteropServices;

namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// Finds and loads libpact_ffi: an explicit path from <see cref="PathEnvironmentVariable"/>, then
/// <c>AppContext.BaseDirectory/runtimes/&lt;rid&gt;/native/</c>, then the runtime's default probing.
/// </summary>
public static class PactNativeLibrary
{
    /// <summary>Environment variable holding the full path of the native library file.</summary>
    public const string PathEnvironmentVariable = "SEEDANCE_PACT_FFI_PATH";

    /// <summary>The portable runtime identifier of this process (e.g. <c>linux-x64</c>, <c>osx-arm64</c>).</summary>
    public static string CurrentRuntimeIdentifier => PortableRid(IsMusl());

    /// <summary>The library file name on this operating system.</summary>
    public static string CurrentFileName =>
        OperatingSystem.IsWindows() ? "pact_ffi.dll" : OperatingSystem.IsMacOS() ? "libpact_ffi.dylib" : "libpact_ffi.so";

    /// <summary>
    /// Tries each candidate in order and returns the handle of the first one that loads. Pure with respect to
    /// its inputs, so it can be tested without touching the process-wide resolver.
    /// </summary>
    /// <param name="explicitPath">Value of <see cref="PathEnvironmentVariable"/>, or null.</param>
    /// <param name="baseDirectory">The application's base directory.</param>
    /// <param name="runtimeIdentifier">Portable RID to look under <c>runtimes/</c>.</param>
    /// <param name="fileName">The library file name.</param>
    /// <param name="tryLoadPath">Loads a file by full path; returns false when it cannot.</param>
    /// <param name="tryLoadDefault">Loads by the runtime's default probing; returns false when it cannot.</param>
    /// <returns>The loaded library handle.</returns>
    /// <exception cref="PactNativeLibraryNotFoundException">No candidate loaded.</exception>
    public static IntPtr Probe(
        string? explicitPath,
        string baseDirectory,
        string runtimeIdentifier,
        string fileName,
        Func<string, (bool Loaded, IntPtr Handle, string? Error)> tryLoadPath,
        Func<(bool Loaded, IntPtr Handle, string? Error)> tryLoadDefault)
    {
        ArgumentNullException.ThrowIfNull(tryLoadPath);
        ArgumentNullException.ThrowIfNull(tryLoadDefault);
        var tried = new List<string>();

        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            if (TryCandidate(explicitPath, $"{PathEnvironmentVariable}={explicitPath}", tryLoadPath, tried, out var handle))
            {
                return handle;
            }
        }
        else
        {
            tried.Add($"{PathEnvironmentVariable} (not set)");
        }

        string besideApp = Path.Combine(baseDirectory, "runtimes", runtimeIdentifier, "native", fileName);
        if (TryCandidate(besideApp, besideApp, tryLoadPath, tried, out var local))
        {
            return local;
        }

        var (loaded, defaultHandle, error) = tryLoadDefault();
        if (loaded)
        {
            return defaultHandle;
        }

        tried.Add($"default probing for '{PactFfi.LibraryName}' ({error ?? "not found"})");
        throw new PactNativeLibraryNotFoundException(tried, runtimeIdentifier, RuntimeInformation.ProcessArchitecture.ToString());
    }

    private static bool TryCandidate(
        string path,
        string label,
        Func<string, (bool Loaded, IntPtr Handle, string? Error)> tryLoadPath,
        List<string> tried,
        out IntPtr handle)
    {
        handle = IntPtr.Zero;
        if (!File.Exists(path))
        {
            tried.Add($"{label} (file does not exist)");
            return false;
        }

        var (loaded, h, error) = tryLoadPath(path);
        if (loaded)
        {
            handle = h;
            return true;
        }

        tried.Add($"{label} (exists but failed to load: {error})");
        return false;
    }

    /// <summary>Installs the resolver for the kit's assembly. Called once by <see cref="PactEngine"/>.</summary>
    internal static void InstallResolver()
    {
        NativeLibrary.SetDllImportResolver(typeof(PactNativeLibrary).Assembly, Resolve);
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != PactFfi.LibraryName)
        {
            return IntPtr.Zero;
        }

        return Probe(
            Environment.GetEnvironmentVariable(PathEnvironmentVariable),
            AppContext.BaseDirectory,
            CurrentRuntimeIdentifier,
            CurrentFileName,
            path => LoadPath(path),
            () => LoadDefault(libraryName, assembly, searchPath));
    }

    private static (bool, IntPtr, string?) LoadPath(string path)
    {
        try
        {
            return (true, NativeLibrary.Load(path), null);
        }
        catch (Exception ex) when (ex is DllNotFoundException or BadImageFormatException)
        {
            return (false, IntPtr.Zero, ex.Message);
        }
    }

    private static (bool, IntPtr, string?) LoadDefault(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        NativeLibrary.TryLoad(libraryName, assembly, searchPath, out var handle)
            ? (true, handle, null)
            : (false, IntPtr.Zero, null);

    private static string PortableRid(bool musl)
    {
        string arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            Architecture.Arm => "arm",
            var other => other.ToString().ToLowerInvariant(),
        };
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : musl ? "linux-musl" : "linux";
        return $"{os}-{arch}";
    }

    // The glibc build does not load on musl (Alpine); name the right RID so the error points at the musl package.
    private static bool IsMusl() =>
        OperatingSystem.IsLinux() && Directory.Exists("/lib") &&
        Directory.EnumerateFiles("/lib", "ld-musl-*").Any();
}
