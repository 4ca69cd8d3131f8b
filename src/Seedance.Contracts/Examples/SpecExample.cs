namespace Seedance.Contracts;

/// <summary>
/// A named example from an OpenAPI document, kept as its exact JSON text.
/// </summary>
public sealed class SpecExample
{
    /// <summary>Creates an example entry.</summary>
    /// <param name="operationId">The operation whose response (or request) the example belongs to.</param>
    /// <param name="statusCode">The response status code; 0 for a request-body example.</param>
    /// <param name="mediaType">The media type, for example <c>application/json</c>.</param>
    /// <param name="name">The example's name in the spec.</param>
    /// <param name="summary">The example's summary, when the spec gives one.</param>
    /// <param name="json">The example's value as JSON text.</param>
    public SpecExample(string operationId, int statusCode, string mediaType, string name, string? summary, string json)
    {
        ArgumentNullException.ThrowIfNull(operationId);
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        OperationId = operationId;
        StatusCode = statusCode;
        MediaType = mediaType;
        Name = name;
        Summary = summary;
        Json = json;
    }

    /// <summary>The operation the example belongs to.</summary>
    public string OperationId { get; }

    /// <summary>The response status code; 0 for a request-body example.</summary>
    public int StatusCode { get; }

    /// <summary>The media type of the example.</summary>
    public string MediaType { get; }

    /// <summary>The example's name in the spec.</summary>
    public string Name { get; }

    /// <summary>The example's summary, if any.</summary>
    public string? Summary { get; }

    /// <summary>The example's value as JSON text.</summary>
    public string Json { get; }

    /// <inheritdoc />
    public override string ToString() => $"{OperationId} {StatusCode} {MediaType} '{Name}'";
}
