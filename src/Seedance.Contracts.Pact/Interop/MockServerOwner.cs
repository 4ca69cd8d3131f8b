namespace Seedance.Contracts.Pact.Interop;

/// <summary>
/// Owns one running engine mock server, identified by its port, and shuts it down exactly once.
/// Strings the server hands out (mismatches, logs) die with it, so they are copied here first.
/// </summary>
internal sealed class MockServerOwner : IDisposable
{
    private bool disposed;

    private MockServerOwner(int port) => Port = port;

    /// <summary>The port the server listens on (127.0.0.1).</summary>
    internal int Port { get; }

    /// <summary>The server's base address.</summary>
    internal Uri BaseUri => new($"http://127.0.0.1:{Port}");

    /// <summary>Starts a mock server for all interactions of <paramref name="pact"/> on a free loopback port.</summary>
    internal static MockServerOwner Start(PactHandleOwner pact)
    {
        int rc = PactFfi.CreateMockServerForTransport(pact.Value, "127.0.0.1", 0, "http", null);
        if (rc <= 0)
        {
            string detail = rc switch
            {
                -1 => "the pact handle is invalid.",
                -2 => "the transport configuration is not valid JSON.",
                -3 => "the mock server could not be started (port in use or socket error).",
                -4 => "the engine panicked while starting the mock server.",
                -5 => "the bind address is not valid.",
                _ => $"returned {rc}.",
            };
            throw new PactEngineException("pactffi_create_mock_server_for_transport", detail, NativeStrings.LastErrorMessage());
        }

        return new MockServerOwner(rc);
    }

    /// <summary>True when every expected request arrived and nothing unexpected did.</summary>
    internal bool Matched()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return PactFfi.MockServerMatched(Port);
    }

    /// <summary>A copy of the server's mismatch JSON array (<c>[]</c> when clean).</summary>
    internal string MismatchesJson()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return NativeStrings.CopyBorrowed(PactFfi.MockServerMismatches(Port)) ?? "[]";
    }

    /// <summary>A copy of the server's buffered log lines (draining read).</summary>
    internal string Logs()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return NativeStrings.CopyBorrowed(PactFfi.MockServerLogs(Port)) ?? string.Empty;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        _ = PactFfi.CleanupMockServer(Port);
    }
}
