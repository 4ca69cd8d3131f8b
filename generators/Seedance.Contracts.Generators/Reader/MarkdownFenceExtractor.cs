using System;
using System.Collections.Generic;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>A fenced code block of a Markdown page, with where its content starts in the page.</summary>
    internal sealed class MarkdownFence
    {
        public MarkdownFence(string content, int contentOffset, int contentLine, int fenceLine)
        {
            Content = content;
            ContentOffset = contentOffset;
            ContentLine = contentLine;
            FenceLine = fenceLine;
        }

        public string Content { get; }

        /// <summary>Character offset of the content's first character in the page.</summary>
        public int ContentOffset { get; }

        /// <summary>0-based page line of the content's first line.</summary>
        public int ContentLine { get; }

        /// <summary>0-based page line of the opening fence.</summary>
        public int FenceLine { get; }
    }

    /// <summary>
    /// Finds ```yaml / ````yaml (or yml/json) fences in a docs page. The info string may carry more words
    /// (the docs pages write "````yaml get /v1/..."); a fence closes on a line of at least as many backticks.
    /// </summary>
    internal static class MarkdownFenceExtractor
    {
        public static List<MarkdownFence> FindSpecFences(string page)
        {
            var fences = new List<MarkdownFence>();
            var lines = SplitLines(page);
            int i = 0;
            while (i < lines.Count)
            {
                var (start, length) = lines[i];
                string line = page.Substring(start, length);
                int ticks = CountLeading(line, '`');
                if (ticks >= 3)
                {
                    string info = line.Substring(ticks).Trim();
                    string language = info.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[0] : string.Empty;
                    int close = FindClose(page, lines, i + 1, ticks);
                    if (IsSpecLanguage(language))
                    {
                        int contentStart = i + 1 < lines.Count ? lines[i + 1].Start : page.Length;
                        int contentEnd = close < lines.Count ? lines[close].Start : page.Length;
                        fences.Add(new MarkdownFence(page.Substring(contentStart, contentEnd - contentStart), contentStart, i + 1, i));
                    }

                    i = close + 1;
                    continue;
                }

                i++;
            }

            return fences;
        }

        private static bool IsSpecLanguage(string language) =>
            string.Equals(language, "yaml", StringComparison.OrdinalIgnoreCase)
            || string.Equals(language, "yml", StringComparison.OrdinalIgnoreCase)
            || string.Equals(language, "json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(language, "openapi", StringComparison.OrdinalIgnoreCase);

        private static int FindClose(string page, List<(int Start, int Length)> lines, int from, int ticks)
        {
            for (int j = from; j < lines.Count; j++)
            {
                string candidate = page.Substring(lines[j].Start, lines[j].Length).TrimEnd();
                if (CountLeading(candidate, '`') >= ticks && candidate.Trim('`').Length == 0)
                {
                    return j;
                }
            }

            return lines.Count;
        }

        private static int CountLeading(string line, char c)
        {
            int n = 0;
            while (n < line.Length && line[n] == c)
            {
                n++;
            }

            return n;
        }

        /// <summary>Line starts and lengths (without the line break), handling \n, \r\n and \r.</summary>
        private static List<(int Start, int Length)> SplitLines(string text)
        {
            var result = new List<(int, int)>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r')
                {
                    result.Add((start, i - start));
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            if (start <= text.Length)
            {
                result.Add((start, text.Length - start));
            }

            return result;
        }
    }
}
