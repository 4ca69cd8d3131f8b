using System.Net;

namespace Seedance.Contracts;

/// <summary>
/// The API answered with a success status code but the body is not the JSON the spec documents
/// (not JSON at all, empty, or missing a required property). <see cref="Exception.InnerException"/>
/// holds the <see cref="System.Text.Json.JsonException"/> when there was one.
/// </summary>
public class SeedanceResponseFormatException : SeedanceApiException
{
    /// <inheritdoc cref="SeedanceApiException(string, HttpStatusCode, string?, string?, string, TimeSpan?, Exception?)" />
    public SeedanceResponseFormatException(
        string message,
        HttpStatusCode statusCode,
        string? bodyExcerpt,
        string operationId,
        Exception? innerException = null)
        : base(message, statusCode, apiMessage: null, bodyExcerpt, operationId, retryAfter: null, innerException)
    {
    }
}
