namespace Seedance.Contracts.Pact;

/// <summary>
/// A call into the Pact engine (libpact_ffi) failed. The message names the operation and, when the
/// engine stored one, carries the engine's own error text.
/// </summary>
public sealed class PactEngineException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The engine operation that failed, e.g. <c>pactffi_with_body</c>.</param>
    /// <param name="detail">What went wrong, in words.</param>
    /// <param name="engineMessage">The engine's own error message, when it gave one.</param>
    public PactEngineException(string operation, string detail, string? engineMessage = null)
        : base(Compose(operation, detail, engineMessage))
    {
        Operation = operation;
        EngineMessage = engineMessage;
    }

    /// <summary>The engine operation that failed.</summary>
    public string Operation { get; }

    /// <summary>The engine's own error message, when it gave one.</summary>
    public string? EngineMessage { get; }

    private static string Compose(string operation, string detail, string? engineMessage) =>
        string.IsNullOrWhiteSpace(engineMessage)
            ? $"Pact engine call {operation} failed: {detail}"
            : $"Pact engine call {operation} failed: {detail} Engine says: {engineMessage}";
}
