using System.Net;

namespace Seedance.Contracts;

/// <summary>The API answered 404 Not Found (for example an unknown task id).</summary>
public class SeedanceNotFoundException : SeedanceApiException
{
    /// <inheritdoc cref="SeedanceApiException(string, HttpStatusCode, string?, string?, string, TimeSpan?, Exception?)" />
    public SeedanceNotFoundException(
        string message,
        HttpStatusCode statusCode,
        string? apiMessage,
        string? bodyExcerpt,
        string operationId,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, statusCode, apiMessage, bodyExcerpt, operationId, retryAfter, innerException)
    {
    }
}
