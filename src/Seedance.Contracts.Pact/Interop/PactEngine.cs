using System.Runtime.InteropServices;

namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// Process-wide setup of the Pact engine, done once before the first native call: opt out of the engine's
/// usage tracking, install the library resolver and route engine logs into its in-memory buffer.
/// </summary>
internal static class PactEngine
{
    private static readonly object Gate = new();
    private static bool initialized;
    private static string? version;

    /// <summary>The engine's version string (e.g. <c>0.5.8</c>).</summary>
    internal static string Version
    {
        get
        {
            EnsureInitialized();
            return version!;
        }
    }

    /// <summary>Runs the one-time setup; safe to call from many threads.</summary>
    internal static void EnsureInitialized()
    {
        if (Volatile.Read(ref initialized))
        {
            return;
        }

        lock (Gate)
        {
            if (initialized)
            {
                return;
            }

            if (!IsSupportedArchitecture)
            {
                throw new PlatformNotSupportedException(
                    $"The Pact engine ships 64-bit builds only; this process is {RuntimeInformation.ProcessArchitecture}.");
            }

            // Must precede the first native call: the engine reads it when it starts.
            Environment.SetEnvironmentVariable("PACT_DO_NOT_TRACK", "true");
            PactNativeLibrary.InstallResolver();
            version = NativeStrings.CopyBorrowed(PactFfi.Version()) ?? "unknown";

            // The log subscriber is process-global and can be installed only once; -1 means another
            // component of this process already installed one, which is not an error for us.
            const int info = 3;
            int rc = PactFfi.LogToBuffer(info);
            if (rc != 0 && rc != -1)
            {
                throw new PactEngineException("pactffi_log_to_buffer", $"returned {rc}.", NativeStrings.LastErrorMessage());
            }

            Volatile.Write(ref initialized, true);
        }
    }

    /// <summary>Throws a <see cref="PactEngineException"/> when a boolean engine call returned false.</summary>
    internal static void Check(bool ok, string operation, string detail)
    {
        if (!ok)
        {
            throw new PactEngineException(operation, detail, NativeStrings.LastErrorMessage());
        }
    }

    /// <summary>Whether the current process can host the engine at all (64-bit only).</summary>
    internal static bool IsSupportedArchitecture =>
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;
}
