using System.Text;

namespace Seedance.Contracts;

/// <summary>
/// Settings shared by every generated client. Generated clients derive their own options type
/// (for example <c>MagnificClientOptions</c>) whose <see cref="BaseAddress"/> defaults to the spec's server.
/// </summary>
/// <remarks>A client reads its options when it is constructed; later changes do not affect it.</remarks>
public class SeedanceClientOptions
{
    /// <summary>
    /// The API key. Never printed: <see cref="ToString"/> redacts it and no exception contains it. It must not
    /// contain control characters (CR, LF, tab, ...) nor start or end with whitespace: the client's constructor
    /// rejects such a key with <see cref="ArgumentException"/> (trim a key read from a file).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The address requests are sent to; relative operation paths are appended to it.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The timeout of one HTTP request (not of a whole polling run, see <see cref="TaskPollingOptions.Timeout"/>). Default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The <c>User-Agent</c> header to send; <see langword="null"/> sends none of our own.</summary>
    public string? UserAgent { get; set; }

    /// <summary>
    /// Send requests without a key when <see cref="ApiKey"/> is not set (for example to see the server's
    /// "Missing API key" answer). When <see langword="false"/> (the default), a request without a key fails
    /// with <see cref="InvalidOperationException"/> before anything is sent.
    /// </summary>
    public bool AllowMissingApiKey { get; set; }

    /// <summary>How <c>WaitFor…CompletionAsync</c> polls a task.</summary>
    public TaskPollingOptions Polling { get; set; } = new();

    /// <summary>Retries of transient HTTP failures for clients registered through dependency injection.</summary>
    public SeedanceRetryOptions Retry { get; set; } = new();

    /// <summary>The clock used for polling delays and timeouts. Tests can pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Describes the options with the API key redacted.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(GetType().Name);
        text.Append(" { ApiKey = ").Append(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(redacted)");
        text.Append(", BaseAddress = ").Append(BaseAddress?.ToString() ?? "(not set)");
        text.Append(", Timeout = ").Append(Timeout);
        text.Append(", UserAgent = ").Append(UserAgent ?? "(not set)");
        text.Append(", AllowMissingApiKey = ").Append(AllowMissingApiKey);
        text.Append(", Polling = { ").Append(Polling).Append(" }");
        text.Append(", Retry = { ").Append(Retry).Append(" } }");
        return text.ToString();
    }
}
