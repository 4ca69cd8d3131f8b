using System.Net;

namespace Seedance.Contracts;

/// <summary>The API rejected the credentials (401 Unauthorized or 403 Forbidden): the key is missing, wrong or lacks access.</summary>
public class SeedanceAuthenticationException : SeedanceApiException
{
    /// <inheritdoc cref="SeedanceApiException(string, HttpStatusCode, string?, string?, string, TimeSpan?, Exception?)" />
    public SeedanceAuthenticationException(
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
