using System.Text.Json;

namespace Seedance.Contracts.Pact.Provider;

/// <summary>
/// The body the Pact verifier POSTs to the provider-state URL before (and, with teardown, after) each
/// interaction: <c>{"action":"setup"|"teardown","state":"…","params":{…}}</c>.
/// </summary>
/// <param name="Action"><c>setup</c> or <c>teardown</c>.</param>
/// <param name="State">The provider state's name.</param>
/// <param name="Params">Its parameters with their JSON types (the verifier keeps numbers as numbers).</param>
public sealed record ProviderStateRequest(string Action, string State, IReadOnlyDictionary<string, JsonElement> Params)
{
    /// <summary>True when the interaction has no provider state (the verifier still calls the endpoint).</summary>
    public bool IsStateless => State.Length == 0;

    /// <summary>True for the call made before the interaction.</summary>
    public bool IsSetup => string.Equals(Action, "setup", StringComparison.OrdinalIgnoreCase);

    /// <summary>A parameter as text (strings as-is, other JSON values as their JSON text).</summary>
    /// <param name="name">The parameter name.</param>
    /// <exception cref="ArgumentException">The parameter is missing.</exception>
    public string RequireString(string name) =>
        Params.TryGetValue(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : throw new ArgumentException($"Provider state '{State}' needs parameter '{name}'.", nameof(name));

    /// <summary>A parameter as text, or null when absent.</summary>
    /// <param name="name">The parameter name.</param>
    public string? OptionalString(string name) => Params.ContainsKey(name) ? RequireString(name) : null;

    /// <summary>Parses the verifier's JSON body.</summary>
    /// <param name="json">The request body.</param>
    /// <exception cref="FormatException">The body is not a provider-state request.</exception>
    public static ProviderStateRequest Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            // Interactions without provider states still get a setup call, with no (or an empty) state.
            string state = root.TryGetProperty("state", out var st) && st.ValueKind == JsonValueKind.String ? st.GetString()! : string.Empty;
            string action = root.TryGetProperty("action", out var a) ? a.GetString() ?? "setup" : "setup";
            var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (root.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in p.EnumerateObject())
                {
                    parameters[property.Name] = property.Value.Clone();
                }
            }

            return new ProviderStateRequest(action, state, parameters);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException($"Not a provider-state request: {ex.Message}", ex);
        }
    }
}
