using System.Runtime.InteropServices;

namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// Owns an engine <c>VerifierHandle*</c>. <c>pactffi_verifier_shutdown</c> on NULL or twice is undefined
/// behaviour in the engine; a SafeHandle releases exactly once and never a null handle.
/// </summary>
internal sealed class VerifierSafeHandle : SafeHandle
{
    /// <summary>Used by the marshaller.</summary>
    public VerifierSafeHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Creates a verifier for the named application.</summary>
    internal static VerifierSafeHandle Create(string application, string version)
    {
        PactEngine.EnsureInitialized();
        IntPtr raw = PactFfi.VerifierNewForApplication(application, version);
        if (raw == IntPtr.Zero)
        {
            throw new PactEngineException("pactffi_verifier_new_for_application", "returned NULL.", NativeStrings.LastErrorMessage());
        }

        var safe = new VerifierSafeHandle();
        safe.SetHandle(raw);
        return safe;
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        PactFfi.VerifierShutdown(handle);
        return true;
    }
}
