using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>Identifier rules shared by every generated name (see docs/generator.md, "Naming rules").</summary>
    internal static class Naming
    {
        /// <summary>
        /// Type names that default/implicit usings (System, System.IO, System.Linq, System.Net.Http,
        /// System.Threading, System.Threading.Tasks, System.Collections.Generic) bring in, plus root
        /// namespaces: a generated type with such a name gets the API prefix.
        /// </summary>
        private static readonly HashSet<string> ReservedTypeNames = new HashSet<string>
        {
            "System", "Microsoft", "Seedance", "Action", "Func", "Type", "Object", "String", "Exception", "Attribute",
            "Environment", "Console", "Math", "Random", "Guid", "Uri", "Version", "TimeSpan", "DateTime",
            "DateTimeOffset", "DateOnly", "TimeOnly", "Array", "Enum", "Delegate", "Index", "Range", "Buffer", "Convert",
            "GC", "Lazy", "Nullable", "Tuple", "ValueTuple", "Memory", "Span", "EventArgs", "EventHandler", "TimeZone",
            "TimeZoneInfo", "OperatingSystem", "Activator", "AppDomain", "Half", "Boolean", "Byte", "Char", "Decimal",
            "Double", "Single", "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64", "Progress", "IProgress",
            "File", "Path", "Directory", "Stream", "FileInfo", "DirectoryInfo", "FileMode", "FileAccess", "StreamReader",
            "StreamWriter", "TextReader", "TextWriter", "Thread", "Timer", "Monitor", "Mutex", "Semaphore",
            "CancellationToken", "Interlocked", "ThreadPool", "Volatile", "Task", "TaskStatus", "Parallel", "ValueTask",
            "TaskScheduler", "TaskFactory", "HttpClient", "HttpMethod", "HttpContent", "HttpRequestMessage",
            "HttpResponseMessage", "HttpClientHandler", "StringContent", "Enumerable", "Queryable", "Lookup", "List",
            "Dictionary", "HashSet", "Queue", "Stack", "Comparer", "KeyValuePair", "LinkedList", "SortedList",
            "SortedDictionary", "SortedSet", "EqualityComparer", "JsonSerializer", "JsonElement",
        };

        public static bool IsReservedTypeName(string name) => ReservedTypeNames.Contains(name);

        /// <summary>Words of a name: split on non-alphanumerics and on camelCase/acronym boundaries.</summary>
        public static List<string> Words(string text)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, current);
                    continue;
                }

                if (current.Length > 0)
                {
                    char prev = current[current.Length - 1];
                    bool lowerToUpper = char.IsLower(prev) && char.IsUpper(c);
                    bool acronymEnd = char.IsUpper(prev) && char.IsUpper(c) && i + 1 < text.Length && char.IsLower(text[i + 1]);
                    if (lowerToUpper || acronymEnd)
                    {
                        Flush(words, current);
                    }
                }

                current.Append(c);
            }

            Flush(words, current);
            return words;
        }

        /// <summary>PascalCase; adjacent numeric words keep an underscore between them ('16:9' -> 16_9).</summary>
        public static string Pascal(string text)
        {
            var sb = new StringBuilder();
            string? previous = null;
            foreach (string word in Words(text))
            {
                if (previous != null && char.IsDigit(previous[previous.Length - 1]) && char.IsDigit(word[0]))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToUpperInvariant(word[0]));
                // ALL-CAPS words (IN_PROGRESS, URL) become Title case; mixed-case words keep their inner capitals.
                string rest = word.Substring(1);
                sb.Append(word.All(ch => !char.IsLower(ch)) ? rest.ToLowerInvariant() : rest);
                previous = word;
            }

            return sb.ToString();
        }

        public static string Camel(string text)
        {
            string pascal = Pascal(text);
            if (pascal.Length == 0)
            {
                return pascal;
            }

            int upper = 0;
            while (upper < pascal.Length && char.IsUpper(pascal[upper]))
            {
                upper++;
            }

            // "URLPath" -> "urlPath", "Id" -> "id".
            int lower = upper <= 1 ? 1 : (upper == pascal.Length ? upper : upper - 1);
            return pascal.Substring(0, lower).ToLowerInvariant() + pascal.Substring(lower);
        }

        /// <summary>A valid identifier: empty becomes <paramref name="fallback"/>, a leading digit gets <paramref name="digitPrefix"/>.</summary>
        public static string Identifier(string pascal, string digitPrefix, string fallback)
        {
            if (pascal.Length == 0)
            {
                return fallback;
            }

            return char.IsDigit(pascal[0]) ? digitPrefix + pascal : pascal;
        }

        /// <summary>A parameter or local name: camelCase, keywords escaped with '@'.</summary>
        public static string ParameterName(string wireName)
        {
            string camel = Camel(wireName);
            camel = Identifier(camel, "p", "value");
            return EscapeKeyword(camel);
        }

        public static string EscapeKeyword(string identifier) =>
            SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.AwaitKeyword
                ? "@" + identifier
                : identifier;

        /// <summary>Makes <paramref name="name"/> unique within <paramref name="used"/> with a numeric suffix (2, 3, ...).</summary>
        public static string Unique(string name, ISet<string> used)
        {
            string candidate = name;
            for (int n = 2; !used.Add(candidate); n++)
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        private static void Flush(List<string> words, StringBuilder current)
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
