using System.Net;

namespace Seedance.Contracts;

/// <summary>The API answered with a server error (5xx).</summary>
public class SeedanceServerException : SeedanceApiException
{
    /// <inheritdoc cref="SeedanceApiException(string, HttpStatusCode, string?, string?, string, TimeSpan?, Exception?)" />
    public SeedanceServerException(
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
