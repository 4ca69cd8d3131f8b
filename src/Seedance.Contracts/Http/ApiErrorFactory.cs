using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Seedance.Contracts;

/// <summary>Builds the typed exception for a non-2xx response.</summary>
internal static class ApiErrorFactory
{
    public static async Task<SeedanceApiException> CreateAsync(
        HttpResponseMessage response, string operationId, string? apiKey, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ResponseBodyText.MaxExcerptBytes + 1);
        try
        {
            // Read one byte more than kept, to know whether the excerpt was cut.
            int length = await ReadUpToAsync(response.Content, buffer, ResponseBodyText.MaxExcerptBytes + 1, cancellationToken).ConfigureAwait(false);
            bool truncated = length > ResponseBodyText.MaxExcerptBytes;
            ReadOnlyMemory<byte> body = buffer.AsMemory(0, Math.Min(length, ResponseBodyText.MaxExcerptBytes));
            string? apiMessage = ResponseBodyText.FindApiMessage(body.Span);
            if (apiMessage is not null)
            {
                apiMessage = ResponseBodyText.Scrub(apiMessage, apiKey);
            }

            string? excerpt = ResponseBodyText.Excerpt(body.Span, truncated, apiKey);
            return Create(response, operationId, apiMessage, excerpt, RetryAfter(response.Headers.RetryAfter, timeProvider));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static SeedanceApiException Create(
        HttpResponseMessage response, string operationId, string? apiMessage, string? excerpt, TimeSpan? retryAfter)
    {
        HttpStatusCode status = response.StatusCode;
        int code = (int)status;
        string reason = string.IsNullOrEmpty(response.ReasonPhrase) ? status.ToString() : response.ReasonPhrase;
        string detail = apiMessage is not null ? $": {apiMessage}"
            : excerpt is not null ? $"; body: {ResponseBodyText.ForMessage(excerpt)}"
            : " (empty body)";
        string message = $"{operationId} failed with HTTP {code} ({reason}){detail}";

        return code switch
        {
            401 or 403 => new SeedanceAuthenticationException(message, status, apiMessage, excerpt, operationId, retryAfter),
            404 => new SeedanceNotFoundException(message, status, apiMessage, excerpt, operationId, retryAfter),
            >= 500 and <= 599 => new SeedanceServerException(message, status, apiMessage, excerpt, operationId, retryAfter),
            _ => new SeedanceApiException(message, status, apiMessage, excerpt, operationId, retryAfter),
        };
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider timeProvider)
    {
        if (header?.Delta is TimeSpan delta)
        {
            return delta;
        }

        if (header?.Date is DateTimeOffset date)
        {
            TimeSpan wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static async Task<int> ReadUpToAsync(HttpContent content, byte[] buffer, int limit, CancellationToken cancellationToken)
    {
        using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        int total = 0;
        while (total < limit)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
