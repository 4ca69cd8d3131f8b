using System.Net;
using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Matchers;

namespace Seedance.Contracts.Pact.Builders;

/// <summary>Describes the response of one interaction.</summary>
public sealed class ResponseBuilder
{
    private readonly InteractionDefinition definition;

    internal ResponseBuilder(InteractionDefinition definition) => this.definition = definition;

    /// <summary>Sets the exact response status code.</summary>
    /// <param name="status">The status code.</param>
    public ResponseBuilder WithStatus(HttpStatusCode status) => WithStatus((int)status);

    /// <summary>Sets the exact response status code.</summary>
    /// <param name="status">The status code (100–599).</param>
    public ResponseBuilder WithStatus(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        definition.ResponseStatus = (ushort)status;
        return this;
    }

    /// <summary>Adds an exact response header.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The exact value.</param>
    public ResponseBuilder WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        definition.ResponseHeaders.Add(new NamedValue(name, value));
        return this;
    }

    /// <summary>Adds a response header whose value is matched by a rule.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The matcher.</param>
    public ResponseBuilder WithHeader(string name, Matcher value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        definition.ResponseHeaders.Add(new NamedValue(name, value.ToIntegrationJsonString()));
        return this;
    }

    /// <summary>Sets the JSON response body (objects, dictionaries, <see cref="JsonNode"/>s; matchers anywhere).</summary>
    /// <param name="body">The body.</param>
    /// <param name="contentType">The content type the provider sends.</param>
    public ResponseBuilder WithJsonBody(object body, string contentType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        definition.ResponseBody = new BodyDefinition(contentType, JsonExample.ToNode(body));
        return this;
    }
}
