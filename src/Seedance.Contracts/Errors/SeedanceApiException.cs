using System.Net;

namespace Seedance.Contracts;

/// <summary>
/// The API answered with an error status code (or with a body that is not what the spec documents).
/// More specific types exist for 401/403, 404 and 5xx.
/// </summary>
public class SeedanceApiException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="apiMessage">The <c>message</c> (or problem+json <c>detail</c>/<c>title</c>, or <c>error</c>) string of the body, if there was one.</param>
    /// <param name="bodyExcerpt">The start of the response body (bounded), if there was a body.</param>
    /// <param name="operationId">The operation that was called.</param>
    /// <param name="retryAfter">How long the server asked the client to wait (<c>Retry-After</c>), if it said.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SeedanceApiException(
        string message,
        HttpStatusCode statusCode,
        string? apiMessage,
        string? bodyExcerpt,
        string operationId,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ApiMessage = apiMessage;
        BodyExcerpt = bodyExcerpt;
        OperationId = operationId;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The error message the API put in the body (<c>message</c>, <c>detail</c>, <c>title</c> or <c>error</c>), if any.</summary>
    public string? ApiMessage { get; }

    /// <summary>The start of the raw response body (at most a few KiB), if there was a body.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The spec's operationId of the call that failed.</summary>
    public string OperationId { get; }

    /// <summary>The wait the server asked for in a <c>Retry-After</c> header, if it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
