using System.Text.Json;

namespace Seedance.Contracts.Pact.Verification;

/// <summary>Turns the mock server's mismatch JSON array into <see cref="PactMismatch"/> lines.</summary>
internal static class MismatchParser
{
    /// <summary>Parses the engine's JSON; unknown shapes are kept as raw text rather than dropped.</summary>
    internal static IReadOnlyList<PactMismatch> Parse(string json)
    {
        var result = new List<PactMismatch>();
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            result.Add(new PactMismatch("unknown", "?", "?", document.RootElement.GetRawText(), null));
            return result;
        }

        foreach (var item in document.RootElement.EnumerateArray())
        {
            string type = Text(item, "type") ?? "unknown";
            string method = Text(item, "method") ?? "?";
            string path = Text(item, "path") ?? "?";
            switch (type)
            {
                case "missing-request":
                    result.Add(new PactMismatch(type, method, path, "expected request was never received", null));
                    break;
                case "request-not-found":
                    result.Add(new PactMismatch(type, method, path, "unexpected request: no interaction in the pact matches it", null));
                    break;
                case "request-mismatch" when item.TryGetProperty("mismatches", out var inner) && inner.ValueKind == JsonValueKind.Array:
                    foreach (var detail in inner.EnumerateArray())
                    {
                        result.Add(new PactMismatch(
                            Text(detail, "type") ?? type,
                            method,
                            path,
                            Text(detail, "mismatch") ?? Describe(detail),
                            Text(detail, "path") ?? Text(detail, "key") ?? Text(detail, "parameter")));
                    }

                    break;
                default:
                    result.Add(new PactMismatch(type, method, path, item.GetRawText(), null));
                    break;
            }
        }

        return result;
    }

    private static string Describe(JsonElement detail) =>
        $"expected {Text(detail, "expected") ?? "?"} but got {Text(detail, "actual") ?? "?"}";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;
}
