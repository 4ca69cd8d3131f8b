using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Matchers;

namespace Seedance.Contracts.Pact.Builders;

/// <summary>Describes the provider states and the request of one interaction.</summary>
public sealed class RequestBuilder
{
    private readonly InteractionDefinition definition;
    private readonly ResponseBuilder response;

    internal RequestBuilder(InteractionDefinition definition)
    {
        this.definition = definition;
        response = new ResponseBuilder(definition);
    }

    /// <summary>Adds a provider state without parameters.</summary>
    /// <param name="state">The state's name, shared with the provider's state handler.</param>
    public RequestBuilder Given(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        definition.States.Add(new ProviderStateDefinition(state, null));
        return this;
    }

    /// <summary>
    /// Adds a provider state with parameters. Values keep their JSON types in the pact (a string stays a
    /// string), so the provider can read them as <c>JsonElement</c>s.
    /// </summary>
    /// <param name="state">The state's name.</param>
    /// <param name="parameters">Parameter names and values (strings, numbers, booleans or JSON-serialisable values).</param>
    public RequestBuilder Given(string state, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentNullException.ThrowIfNull(parameters);
        var json = new JsonObject();
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json[name] = JsonExample.ToNode(value);
        }

        definition.States.Add(new ProviderStateDefinition(state, json));
        return this;
    }

    /// <summary>Adds a provider state with string parameters (the PactNet shape); each value stays a JSON string.</summary>
    /// <param name="state">The state's name.</param>
    /// <param name="parameters">Parameter names and string values.</param>
    public RequestBuilder Given(string state, IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Given(state, parameters.ToDictionary(p => p.Key, p => (object?)p.Value));
    }

    /// <summary>Sets the request method and an exact path.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path, starting with <c>/</c>.</param>
    public RequestBuilder WithRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        return WithRequest(method.Method, path);
    }

    /// <summary>Sets the request method and an exact path.</summary>
    /// <param name="method">The HTTP method name, e.g. <c>GET</c>.</param>
    /// <param name="path">The path, starting with <c>/</c>.</param>
    public RequestBuilder WithRequest(string method, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"The request path must start with '/': '{path}'.", nameof(path));
        }

        definition.Method = method.ToUpperInvariant();
        definition.Path = path;
        return this;
    }

    /// <summary>Sets the request method and a path matched by a rule (e.g. <see cref="Match.Regex"/>).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path matcher; its example must start with <c>/</c>.</param>
    public RequestBuilder WithRequest(HttpMethod method, Matcher path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        if (path.Example?.GetValueKind() != System.Text.Json.JsonValueKind.String || !path.Example.GetValue<string>().StartsWith('/'))
        {
            throw new ArgumentException("A path matcher's example must be a string starting with '/'.", nameof(path));
        }

        definition.Method = method.Method.ToUpperInvariant();
        definition.Path = path.ToIntegrationJsonString();
        return this;
    }

    /// <summary>Adds an exact query parameter value (repeat the call for repeated parameters).</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The exact value.</param>
    public RequestBuilder WithQuery(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        definition.Query.Add(new NamedValue(name, value));
        return this;
    }

    /// <summary>Adds a query parameter matched by a rule.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The matcher.</param>
    public RequestBuilder WithQuery(string name, Matcher value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        definition.Query.Add(new NamedValue(name, value.ToIntegrationJsonString()));
        return this;
    }

    /// <summary>Adds an exact request header the consumer must send.</summary>
    /// <param name="name">The header name (matched case-insensitively).</param>
    /// <param name="value">The exact value.</param>
    public RequestBuilder WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        definition.RequestHeaders.Add(new NamedValue(name, value));
        return this;
    }

    /// <summary>Adds a request header whose value is matched by a rule.</summary>
    /// <param name="name">The header name (matched case-insensitively).</param>
    /// <param name="value">The matcher.</param>
    public RequestBuilder WithHeader(string name, Matcher value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        definition.RequestHeaders.Add(new NamedValue(name, value.ToIntegrationJsonString()));
        return this;
    }

    /// <summary>Sets the JSON request body (objects, dictionaries, <see cref="JsonNode"/>s; matchers anywhere).</summary>
    /// <param name="body">The body.</param>
    /// <param name="contentType">The content type the consumer sends.</param>
    public RequestBuilder WithJsonBody(object body, string contentType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        definition.RequestBody = new BodyDefinition(contentType, JsonExample.ToNode(body));
        return this;
    }

    /// <summary>Moves on to the response the provider must give.</summary>
    public ResponseBuilder WillRespond()
    {
        if (definition.Method is null || definition.Path is null)
        {
            throw new InvalidOperationException(
                $"Interaction '{definition.Description}': call WithRequest(method, path) before WillRespond().");
        }

        return response;
    }
}
