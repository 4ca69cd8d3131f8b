using System.Globalization;
using System.Text;

namespace Seedance.Contracts;

/// <summary>
/// Replaces a secret in text a server sent back, in its plain form and in any JSON-escaped form: a JSON
/// encoder may write <c>+</c> as <c>\u002B</c> or <c>/</c> as <c>\/</c> (any character may be escaped, with
/// either hex case), and an exact-string search would miss those.
/// </summary>
internal static class SecretScrubber
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Redacted = "***";

    /// <summary>The text with every plain or JSON-escaped occurrence of <paramref name="secret"/> replaced.</summary>
    public static string Scrub(string text, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || text.Length == 0)
        {
            return text;
        }

        // Fast path: without a backslash there is no escaped form to look for.
        if (!text.Contains('\\'))
        {
            return text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, Redacted, StringComparison.Ordinal) : text;
        }

        StringBuilder? result = null;
        int copied = 0;
        int i = 0;
        while (i < text.Length)
        {
            int end = MatchEnd(text, i, secret);
            if (end < 0)
            {
                i++;
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, i - copied).Append(Redacted);
            i = copied = end;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Where a match of <paramref name="secret"/> starting at <paramref name="start"/> ends (exclusive), each
    /// secret character appearing literally or as one JSON escape; -1 when there is none. The longest match wins.
    /// </summary>
    private static int MatchEnd(string text, int start, string secret)
    {
        // A backslash in the secret can match literally or as "\\", so several text positions may be live at once.
        var positions = new List<int>(2) { start };
        var next = new List<int>(2);
        foreach (char expected in secret)
        {
            next.Clear();
            foreach (int pos in positions)
            {
                if (pos >= text.Length)
                {
                    continue;
                }

                if (text[pos] == expected)
                {
                    AddOnce(next, pos + 1);
                }

                if (text[pos] == '\\' && TryReadEscape(text, pos, out char decoded, out int length) && decoded == expected)
                {
                    AddOnce(next, pos + length);
                }
            }

            if (next.Count == 0)
            {
                return -1;
            }

            (positions, next) = (next, positions);
        }

        return positions.Max();
    }

    private static void AddOnce(List<int> list, int value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>Decodes the JSON escape at <paramref name="pos"/> (which holds a backslash).</summary>
    private static bool TryReadEscape(string text, int pos, out char decoded, out int length)
    {
        decoded = default;
        length = 2;
        if (pos + 1 >= text.Length)
        {
            return false;
        }

        switch (text[pos + 1])
        {
            case '"': decoded = '"'; return true;
            case '\\': decoded = '\\'; return true;
            case '/': decoded = '/'; return true;
            case 'b': decoded = '\b'; return true;
            case 'f': decoded = '\f'; return true;
            case 'n': decoded = '\n'; return true;
            case 'r': decoded = '\r'; return true;
            case 't': decoded = '\t'; return true;
            case 'u':
                length = 6;
                if (pos + 6 > text.Length
                    || !ushort.TryParse(text.AsSpan(pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                {
                    return false;
                }

                decoded = (char)code;
                return true;
            default:
                return false;
        }
    }
}
