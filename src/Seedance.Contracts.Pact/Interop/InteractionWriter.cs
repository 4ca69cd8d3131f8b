using Seedance.Contracts.Pact.Builders;

namespace Seedance.Contracts.Pact.Interop;

/// <summary>Registers a finished <see cref="InteractionDefinition"/> with an engine pact handle, checking every call.</summary>
internal static class InteractionWriter
{
    private const int RequestPart = 0;
    private const int ResponsePart = 1;

    internal static void Register(PactHandleOwner pact, InteractionDefinition interaction)
    {
        string label = $"interaction '{interaction.Description}'";
        uint handle = PactFfi.NewInteraction(pact.Value, interaction.Description);
        PactEngine.Check(handle != 0 && (handle & 0xFFFF) != 0, "pactffi_new_interaction", $"could not create {label}.");

        foreach (var state in interaction.States)
        {
            if (state.Parameters is null)
            {
                PactEngine.Check(PactFfi.Given(handle, state.Name), "pactffi_given", $"could not add state '{state.Name}' to {label}.");
                continue;
            }

            int rc = PactFfi.GivenWithParams(handle, state.Name, state.Parameters.ToJsonString());
            if (rc != 0)
            {
                throw new PactEngineException("pactffi_given_with_params", $"state '{state.Name}' of {label} returned {rc}.", NativeStrings.LastErrorMessage());
            }
        }

        PactEngine.Check(PactFfi.WithRequest(handle, interaction.Method!, interaction.Path!), "pactffi_with_request", $"bad request line for {label}.");
        AddIndexed(interaction.Query, (name, index, value) => PactFfi.WithQueryParameter(handle, name, index, value), "pactffi_with_query_parameter_v2", label);
        AddIndexed(interaction.RequestHeaders, (name, index, value) => PactFfi.WithHeader(handle, RequestPart, name, index, value), "pactffi_with_header_v2", label);
        if (interaction.RequestBody is { } requestBody)
        {
            PactEngine.Check(
                PactFfi.WithBody(handle, RequestPart, requestBody.ContentType, requestBody.Json?.ToJsonString() ?? "null"),
                "pactffi_with_body",
                $"bad request body for {label}.");
        }

        PactEngine.Check(PactFfi.ResponseStatus(handle, interaction.ResponseStatus ?? 200), "pactffi_response_status", $"bad status for {label}.");
        AddIndexed(interaction.ResponseHeaders, (name, index, value) => PactFfi.WithHeader(handle, ResponsePart, name, index, value), "pactffi_with_header_v2", label);
        if (interaction.ResponseBody is { } responseBody)
        {
            PactEngine.Check(
                PactFfi.WithBody(handle, ResponsePart, responseBody.ContentType, responseBody.Json?.ToJsonString() ?? "null"),
                "pactffi_with_body",
                $"bad response body for {label}.");
        }
    }

    // Repeated names get increasing indexes (0, 1, …), compared case-insensitively like the engine does.
    private static void AddIndexed(IEnumerable<NamedValue> values, Func<string, nuint, string, bool> add, string operation, string label)
    {
        var counters = new Dictionary<string, nuint>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            counters.TryGetValue(value.Name, out nuint index);
            PactEngine.Check(add(value.Name, index, value.Value), operation, $"could not add '{value.Name}' to {label}.");
            counters[value.Name] = index + 1;
        }
    }
}
