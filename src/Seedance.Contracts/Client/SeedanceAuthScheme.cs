using System.Net.Http.Headers;

namespace Seedance.Contracts;

/// <summary>
/// How a client authenticates: taken from the spec's <c>securitySchemes</c> by generated code
/// (an API key in a named header, a bearer token, or nothing).
/// </summary>
public abstract class SeedanceAuthScheme
{
    // Private protected: only the schemes below exist, so the runtime knows every way a key can be sent.
    private protected SeedanceAuthScheme()
    {
    }

    /// <summary>The key is sent as-is in the named header (for example <c>x-magnific-api-key</c>).</summary>
    /// <param name="headerName">The header name from the spec's apiKey security scheme.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">The header name is empty or not a valid HTTP token.</exception>
    public static SeedanceAuthScheme ApiKeyHeader(string headerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        foreach (char c in headerName)
        {
            if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".Contains(c))
            {
                throw new ArgumentException($"'{headerName}' is not a valid HTTP header name.", nameof(headerName));
            }
        }

        return new ApiKeyHeaderScheme(headerName);
    }

    /// <summary>The key is sent as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public static SeedanceAuthScheme Bearer { get; } = new BearerScheme();

    /// <summary>No credentials are sent; the client needs no API key.</summary>
    public static SeedanceAuthScheme None { get; } = new NoneScheme();

    /// <summary>The header that carries the credential; <see langword="null"/> for <see cref="None"/>.</summary>
    public abstract string? HeaderName { get; }

    /// <summary>Whether the scheme sends a key (and so needs <see cref="SeedanceClientOptions.ApiKey"/>).</summary>
    public bool RequiresApiKey => HeaderName is not null;

    /// <summary>The header value for a key. Computed once per client, never logged.</summary>
    internal abstract string FormatHeaderValue(string apiKey);

    private sealed class ApiKeyHeaderScheme(string headerName) : SeedanceAuthScheme
    {
        public override string? HeaderName => headerName;

        internal override string FormatHeaderValue(string apiKey) => apiKey;

        public override string ToString() => $"API key in header '{headerName}'";
    }

    private sealed class BearerScheme : SeedanceAuthScheme
    {
        public override string? HeaderName => "Authorization";

        internal override string FormatHeaderValue(string apiKey) =>
            new AuthenticationHeaderValue("Bearer", apiKey).ToString();

        public override string ToString() => "Bearer token in header 'Authorization'";
    }

    private sealed class NoneScheme : SeedanceAuthScheme
    {
        public override string? HeaderName => null;

        internal override string FormatHeaderValue(string apiKey) => string.Empty;

        public override string ToString() => "No authentication";
    }
}
