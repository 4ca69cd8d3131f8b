namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// Owns one engine pact handle (<c>PactHandle</c>) and frees it exactly once.
/// </summary>
internal sealed class PactHandleOwner : IDisposable
{
    private bool disposed;

    private PactHandleOwner(ushort value) => Value = value;

    /// <summary>The raw handle value, valid until disposal.</summary>
    internal ushort Value { get; }

    /// <summary>Creates a pact model for the consumer/provider pair in the given specification version.</summary>
    internal static PactHandleOwner Create(string consumer, string provider, PactSpecVersion specification)
    {
        PactEngine.EnsureInitialized();
        var owner = new PactHandleOwner(PactFfi.NewPact(consumer, provider));
        try
        {
            PactEngine.Check(
                PactFfi.WithSpecification(owner.Value, (int)specification),
                "pactffi_with_specification",
                $"could not set specification {specification}.");
            return owner;
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    /// <summary>Writes the handle's pact model into <paramref name="directory"/>, merging with an existing file.</summary>
    internal void WriteFile(string directory)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        int rc = PactFfi.PactHandleWriteFile(Value, directory, overwrite: false);
        if (rc != 0)
        {
            string detail = rc switch
            {
                1 => "the engine panicked while writing.",
                2 => $"the pact file could not be written to '{directory}'.",
                3 => "the pact handle is unknown.",
                _ => $"returned {rc}.",
            };
            throw new PactEngineException("pactffi_pact_handle_write_file", detail, NativeStrings.LastErrorMessage());
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        _ = PactFfi.FreePactHandle(Value); // 1 = already unknown: nothing left to free
    }
}
