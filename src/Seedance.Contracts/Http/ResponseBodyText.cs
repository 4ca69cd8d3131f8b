using System.Text;
using System.Text.Json;

namespace Seedance.Contracts;

/// <summary>Turns the start of a response body into safe text for exceptions.</summary>
internal static class ResponseBodyText
{
    /// <summary>How many body bytes an error keeps.</summary>
    public const int MaxExcerptBytes = 4096;

    /// <summary>How many characters of the excerpt go into an exception message.</summary>
    private const int MaxMessageChars = 200;

    /// <summary>The bytes as text (invalid UTF-8 replaced), marked when cut, with the key scrubbed; null when empty.</summary>
    public static string? Excerpt(ReadOnlySpan<byte> body, bool truncated, string? apiKey)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        string text = Encoding.UTF8.GetString(body);
        if (truncated)
        {
            text += "…";
        }

        return Scrub(text, apiKey);
    }

    /// <summary>A one-line, short form of an excerpt for an exception message.</summary>
    public static string ForMessage(string excerpt)
    {
        string line = excerpt.ReplaceLineEndings(" ");
        return line.Length <= MaxMessageChars ? line : string.Concat(line.AsSpan(0, MaxMessageChars), "…");
    }

    /// <summary>
    /// Removes the API key from text the server sent back (a server may echo request headers), also where
    /// it appears JSON-escaped.
    /// </summary>
    public static string Scrub(string text, string? apiKey) => SecretScrubber.Scrub(text, apiKey);

    /// <summary>
    /// The error text of a JSON body: the top-level string property <c>message</c>, else (problem+json)
    /// <c>detail</c>, else <c>title</c>, else <c>error</c>. Null when the body is not such a JSON object.
    /// </summary>
    public static string? FindApiMessage(ReadOnlySpan<byte> body)
    {
        string? message = null, detail = null, title = null, error = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ref string? slot = ref message;
                bool wanted = true;
                if (reader.ValueTextEquals("message"u8))
                {
                    slot = ref message;
                }
                else if (reader.ValueTextEquals("detail"u8))
                {
                    slot = ref detail;
                }
                else if (reader.ValueTextEquals("title"u8))
                {
                    slot = ref title;
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    slot = ref error;
                }
                else
                {
                    wanted = false;
                }

                if (!reader.Read())
                {
                    break;
                }

                if (wanted && reader.TokenType == JsonTokenType.String)
                {
                    slot ??= reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Truncated or broken JSON: keep whatever was found before the break.
        }
        catch (InvalidOperationException)
        {
            // Skip() on a partial buffer; same as above.
        }

        return message ?? detail ?? title ?? error;
    }
}
