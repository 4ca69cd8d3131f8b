namespace Seedance.Contracts;

/// <summary>
/// Checks an API key before any client uses it. The key goes into a header with
/// <c>TryAddWithoutValidation</c>, so a CR/LF in it would inject headers, and the error scrubber only
/// finds the key as given, so a stray newline would let the server's echo of the trimmed key through.
/// </summary>
internal static class ApiKeyValidator
{
    /// <summary>Throws when the key cannot be sent safely. The message describes the problem, never the key.</summary>
    /// <exception cref="ArgumentException">The key has a control character, a line/paragraph separator, or surrounding whitespace.</exception>
    public static void Validate(string apiKey, string paramName)
    {
        for (int i = 0; i < apiKey.Length; i++)
        {
            char c = apiKey[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                string which = c switch
                {
                    '\r' => "a carriage return (CR)",
                    '\n' => "a line feed (LF)",
                    '\t' => "a tab",
                    _ => $"the control character U+{(int)c:X4}",
                };
                throw new ArgumentException(
                    $"The API key contains {which}, which cannot be sent in an HTTP header. A key read from a file or " +
                    "an environment variable often ends with a newline: trim it before setting SeedanceClientOptions.ApiKey.",
                    paramName);
            }
        }

        if (char.IsWhiteSpace(apiKey[0]) || char.IsWhiteSpace(apiKey[^1]))
        {
            throw new ArgumentException(
                "The API key starts or ends with whitespace, which HTTP drops from header values (the server would see a " +
                "different key). Trim it before setting SeedanceClientOptions.ApiKey.",
                paramName);
        }
    }
}
