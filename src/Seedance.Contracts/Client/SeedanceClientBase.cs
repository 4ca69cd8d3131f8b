using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Seedance.Contracts;

/// <summary>
/// The base of every generated client: sends requests with the spec's authentication, turns error
/// responses into typed exceptions, deserializes success bodies without reflection, and polls tasks.
/// </summary>
/// <remarks>
/// The client reads its options once, when it is constructed. It never logs, and no exception it throws
/// contains the API key.
/// </remarks>
public abstract class SeedanceClientBase : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly string? _apiKey;
    private readonly string? _authHeaderName;
    private readonly string? _authHeaderValue;
    private readonly string? _missingKeyError;
    private readonly string _baseAddress;
    private bool _authOnEveryRequest;
    private bool _userAgentOnEveryRequest;
    private bool _disposed;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client to send with. When not owned it is not modified; the API key
    /// and User-Agent are then added to each request.</param>
    /// <param name="options">The client options (read now; later changes are ignored).</param>
    /// <param name="auth">How the key is sent, from the spec's security scheme.</param>
    /// <param name="ownsHttpClient">Whether this client configures and disposes <paramref name="httpClient"/>.</param>
    /// <exception cref="ArgumentException">Neither the options nor the HTTP client have a base address, or the API key
    /// contains a control character (CR, LF, tab, ...) or starts or ends with whitespace (the message never contains the key).</exception>
    protected SeedanceClientBase(HttpClient httpClient, SeedanceClientOptions options, SeedanceAuthScheme auth, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(auth);
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        Options = options;

        Uri baseAddress = options.BaseAddress ?? httpClient.BaseAddress
            ?? throw new ArgumentException("The client needs a base address: set SeedanceClientOptions.BaseAddress (or HttpClient.BaseAddress).", nameof(options));
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address '{baseAddress}' must be an absolute URI.", nameof(options));
        }

        // Kept without the trailing slash so "/v1/..." paths append to any base path.
        _baseAddress = baseAddress.AbsoluteUri.TrimEnd('/');

        _apiKey = string.IsNullOrEmpty(options.ApiKey) ? null : options.ApiKey;
        if (_apiKey is not null)
        {
            ApiKeyValidator.Validate(_apiKey, nameof(options));
        }

        _authHeaderName = auth.HeaderName;
        if (_authHeaderName is not null && _apiKey is not null)
        {
            _authHeaderValue = auth.FormatHeaderValue(_apiKey);
        }
        else if (_authHeaderName is not null && !options.AllowMissingApiKey)
        {
            _missingKeyError = $"No API key is configured for {GetType().Name}: set ApiKey in its options " +
                $"(sent as {auth}), or set AllowMissingApiKey to send requests without one.";
        }

        _authOnEveryRequest = _authHeaderValue is not null;
        _userAgentOnEveryRequest = !string.IsNullOrEmpty(options.UserAgent);
        if (ownsHttpClient)
        {
            httpClient.Timeout = options.Timeout;
            AdoptHttpClient();
        }
    }

    /// <summary>The options this client was created with.</summary>
    protected SeedanceClientOptions Options { get; }

    /// <summary>
    /// Moves the per-request headers (key, User-Agent) onto the HTTP client's default headers. Only for an
    /// HTTP client this client has to itself (its own, or a fresh one from IHttpClientFactory).
    /// </summary>
    internal void AdoptHttpClient()
    {
        if (_authOnEveryRequest && _authHeaderName is not null && !_httpClient.DefaultRequestHeaders.Contains(_authHeaderName))
        {
            _httpClient.DefaultRequestHeaders.TryAddWithoutValidation(_authHeaderName, _authHeaderValue);
            _authOnEveryRequest = false;
        }

        if (_userAgentOnEveryRequest && _httpClient.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            _httpClient.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", Options.UserAgent);
            _userAgentOnEveryRequest = false;
        }
    }

    /// <summary>Sends a request and deserializes a success body, or throws the typed error.</summary>
    /// <typeparam name="TResponse">The documented success body type.</typeparam>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathAndQuery">The path relative to the base address (starting with <c>/</c>), already escaped.</param>
    /// <param name="content">The request body, or <see langword="null"/>.</param>
    /// <param name="responseType">The generated JSON metadata of <typeparamref name="TResponse"/>.</param>
    /// <param name="operationId">The spec's operationId (for errors).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deserialized body.</returns>
    /// <exception cref="InvalidOperationException">No API key is configured and <see cref="SeedanceClientOptions.AllowMissingApiKey"/> is not set.</exception>
    /// <exception cref="SeedanceAuthenticationException">401 or 403.</exception>
    /// <exception cref="SeedanceNotFoundException">404.</exception>
    /// <exception cref="SeedanceServerException">5xx.</exception>
    /// <exception cref="SeedanceApiException">Any other non-2xx status.</exception>
    /// <exception cref="SeedanceResponseFormatException">A 2xx whose body is not the documented JSON.</exception>
    protected Task<TResponse> SendAsync<TResponse>(
        HttpMethod method,
        string pathAndQuery,
        HttpContent? content,
        JsonTypeInfo<TResponse> responseType,
        string operationId,
        CancellationToken cancellationToken) =>
        SendAsync(method, pathAndQuery, content, null, responseType, operationId, cancellationToken);

    /// <summary>Sends a request with the spec's header parameters and deserializes a success body, or throws the typed error.</summary>
    /// <typeparam name="TResponse">The documented success body type.</typeparam>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathAndQuery">The path relative to the base address (starting with <c>/</c>), already escaped.</param>
    /// <param name="content">The request body, or <see langword="null"/>.</param>
    /// <param name="headers">Header parameters (name, value) added to the request, or <see langword="null"/> for none
    /// (nothing is allocated then). Content headers such as <c>Content-Language</c> go onto <paramref name="content"/>.</param>
    /// <param name="responseType">The generated JSON metadata of <typeparamref name="TResponse"/>.</param>
    /// <param name="operationId">The spec's operationId (for errors).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The deserialized body.</returns>
    /// <exception cref="ArgumentException">A header cannot be added to the request (an invalid name, or a content header without content).</exception>
    /// <exception cref="InvalidOperationException">No API key is configured and <see cref="SeedanceClientOptions.AllowMissingApiKey"/> is not set.</exception>
    /// <exception cref="SeedanceAuthenticationException">401 or 403.</exception>
    /// <exception cref="SeedanceNotFoundException">404.</exception>
    /// <exception cref="SeedanceServerException">5xx.</exception>
    /// <exception cref="SeedanceApiException">Any other non-2xx status.</exception>
    /// <exception cref="SeedanceResponseFormatException">A 2xx whose body is not the documented JSON.</exception>
    protected Task<TResponse> SendAsync<TResponse>(
        HttpMethod method,
        string pathAndQuery,
        HttpContent? content,
        IReadOnlyList<KeyValuePair<string, string>>? headers,
        JsonTypeInfo<TResponse> responseType,
        string operationId,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        ArgumentNullException.ThrowIfNull(responseType);
        if (_missingKeyError is not null)
        {
            content?.Dispose();
            throw new InvalidOperationException(_missingKeyError);
        }

        return SendCoreAsync(method, pathAndQuery, content, headers, responseType, operationId, cancellationToken);
    }

    private async Task<TResponse> SendCoreAsync<TResponse>(
        HttpMethod method,
        string pathAndQuery,
        HttpContent? content,
        IReadOnlyList<KeyValuePair<string, string>>? headers,
        JsonTypeInfo<TResponse> responseType,
        string operationId,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(string.Concat(_baseAddress, pathAndQuery), UriKind.Absolute));
        request.Content = content;
        if (headers is not null)
        {
            AddHeaders(request, headers, operationId);
        }
        if (_authOnEveryRequest)
        {
            request.Headers.TryAddWithoutValidation(_authHeaderName!, _authHeaderValue);
        }

        if (_userAgentOnEveryRequest)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
        }

        using HttpResponseMessage response = await _httpClient
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);

        if (!response.IsSuccessStatusCode)
        {
            throw await ApiErrorFactory.CreateAsync(response, operationId, _apiKey, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        // Deserialized here rather than in a helper: one async state machine less per call (allocation budget).
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var recording = new ExcerptRecordingStream(body, ResponseBodyText.MaxExcerptBytes);
        TResponse? result;
        try
        {
            result = await JsonSerializer.DeserializeAsync(recording, responseType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw FormatError(response, recording, operationId, $"is not the documented JSON ({ex.Message})", ex);
        }

        return result ?? throw FormatError(response, recording, operationId, "is empty or JSON null", null);
    }

    private static void AddHeaders(HttpRequestMessage request, IReadOnlyList<KeyValuePair<string, string>> headers, string operationId)
    {
        // Indexed loop: no enumerator allocation for the List/array the generated code passes.
        for (int i = 0; i < headers.Count; i++)
        {
            KeyValuePair<string, string> header = headers[i];
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value)
                && request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value) != true)
            {
                // The value is left out of the message: header parameters may carry user data.
                throw new ArgumentException(
                    $"{operationId}: the header '{header.Key}' cannot be added to the request (an invalid name, or a content header on a request without a body).",
                    nameof(headers));
            }
        }
    }

    private SeedanceResponseFormatException FormatError(
        HttpResponseMessage response, ExcerptRecordingStream recording, string operationId, string problem, Exception? inner)
    {
        bool truncated = recording.Recorded.Length >= ResponseBodyText.MaxExcerptBytes;
        string? excerpt = ResponseBodyText.Excerpt(recording.Recorded, truncated, _apiKey);
        int code = (int)response.StatusCode;
        string shown = excerpt is null ? "(empty body)" : ResponseBodyText.ForMessage(excerpt);
        string message = ResponseBodyText.Scrub($"{operationId} returned HTTP {code} but the body {problem}; body: {shown}", _apiKey);
        return new SeedanceResponseFormatException(message, response.StatusCode, excerpt, operationId, inner);
    }

    /// <summary>A UTF-8 <c>application/json</c> body, serialized with generated metadata.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="typeInfo">The generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <returns>The content (with a Content-Length, so any server or mock accepts it).</returns>
    protected static HttpContent JsonContent<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>An <c>application/x-www-form-urlencoded</c> body.</summary>
    /// <param name="fields">The fields, in order.</param>
    /// <returns>The content.</returns>
    protected static HttpContent FormContent(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>Polls a task with <see cref="SeedanceClientOptions.Polling"/> and <see cref="SeedanceClientOptions.TimeProvider"/>.</summary>
    /// <typeparam name="TDetail">The task detail type.</typeparam>
    /// <param name="fetch">Fetches the task's current detail.</param>
    /// <param name="classify">Says what a detail's status means.</param>
    /// <param name="describeStatus">Names a detail's status for messages.</param>
    /// <param name="taskId">The task being watched.</param>
    /// <param name="progress">Receives every detail fetched.</param>
    /// <param name="cancellationToken">Stops the polling.</param>
    /// <returns>The detail of the succeeded task.</returns>
    /// <exception cref="TaskFailedException{TDetail}">The task failed.</exception>
    /// <exception cref="TaskPollingTimeoutException">The task did not end in time.</exception>
    protected Task<TDetail> WaitForTaskAsync<TDetail>(
        Func<CancellationToken, Task<TDetail>> fetch,
        Func<TDetail, TaskStatusKind> classify,
        Func<TDetail, string> describeStatus,
        string taskId,
        IProgress<TDetail>? progress,
        CancellationToken cancellationToken) =>
        TaskPoller.WaitAsync(fetch, classify, describeStatus, taskId, Options.Polling, Options.TimeProvider, progress, cancellationToken);

    /// <summary>Disposes the HTTP client if this client owns it.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the HTTP client if this client owns it.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (disposing && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
