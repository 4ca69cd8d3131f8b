using System.Text.Json;

namespace Seedance.Contracts.Simulator.Http;

/// <summary>
/// Checks a create body against <c>seedance-2-mini-request</c>: <c>prompt</c> required (at most 2000
/// characters, counted as Unicode code points like JSON Schema's maxLength), the optional properties of
/// the right JSON type and in their enum/range. Optional properties sent as <c>null</c> are rejected:
/// the spec does not mark them nullable, and a strict provider must catch clients that send them.
/// </summary>
internal static class CreateTaskRequestValidator
{
    public const int PromptMaxLength = 2000;

    private static readonly string[] AspectRatios =
    [
        "film_horizontal_21_9", "widescreen_16_9", "classic_4_3", "square_1_1",
        "traditional_3_4", "social_story_9_16", "film_vertical_9_21",
    ];

    /// <summary>Returns null and the prompt when valid, else the 400 message.</summary>
    public static string? Validate(JsonElement body, out string prompt)
    {
        prompt = string.Empty;
        if (body.ValueKind != JsonValueKind.Object)
        {
            return "Request body must be a JSON object";
        }

        if (!body.TryGetProperty("prompt", out var promptElement) || promptElement.ValueKind == JsonValueKind.Null)
        {
            return "Parameter 'prompt' is required";
        }

        if (promptElement.ValueKind != JsonValueKind.String)
        {
            return "Parameter 'prompt' must be a string";
        }

        prompt = promptElement.GetString()!;
        if (prompt.EnumerateRunes().Count() > PromptMaxLength)
        {
            return $"Parameter 'prompt' must be at most {PromptMaxLength} characters";
        }

        return CheckOptionalUri(body, "webhook_url")
            ?? CheckOptionalString(body, "image")
            ?? CheckOptionalString(body, "image_end")
            ?? CheckDuration(body)
            ?? CheckAspectRatio(body)
            ?? CheckCameraFixed(body)
            ?? CheckSeed(body);
    }

    private static string? CheckOptionalString(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String
            ? $"Parameter '{name}' must be a string"
            : null;

    private static string? CheckOptionalUri(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out _)
            ? null
            : $"Parameter '{name}' must be an absolute URI";
    }

    private static string? CheckDuration(JsonElement body)
    {
        if (!body.TryGetProperty("duration", out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var seconds) && seconds is 5 or 10
            ? null
            : "Parameter 'duration' must be 5 or 10";
    }

    private static string? CheckAspectRatio(JsonElement body)
    {
        if (!body.TryGetProperty("aspect_ratio", out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && AspectRatios.Contains(value.GetString(), StringComparer.Ordinal)
            ? null
            : $"Parameter 'aspect_ratio' must be one of: {string.Join(", ", AspectRatios)}";
    }

    private static string? CheckCameraFixed(JsonElement body) =>
        body.TryGetProperty("camera_fixed", out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            ? "Parameter 'camera_fixed' must be a boolean"
            : null;

    private static string? CheckSeed(JsonElement body)
    {
        if (!body.TryGetProperty("seed", out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seed) && seed is >= -1 and <= 4294967295
            ? null
            : "Parameter 'seed' must be an integer from -1 to 4294967295";
    }
}
