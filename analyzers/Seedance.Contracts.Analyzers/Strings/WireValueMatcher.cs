using System;
using System.Collections.Immutable;
using System.Text;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Strings
{
    /// <summary>Matches a literal against the wire values of all status types: exact first, then near misses.</summary>
    internal static class WireValueMatcher
    {
        private const int MinFuzzyLength = 4;
        private const int MinStemLength = 4;

        public static WireValueMatch? Match(string literal, ImmutableArray<StatusType> types)
        {
            if (literal.Length == 0 || literal.Length > 64)
            {
                return null;
            }

            foreach (var type in types)
            {
                foreach (var member in type.Members)
                {
                    if (member.WireValue != null && string.Equals(member.WireValue, literal, StringComparison.Ordinal))
                    {
                        return new WireValueMatch(type, member, WireValueCloseness.Exact);
                    }
                }
            }

            var normalized = Normalize(literal);
            if (normalized.Length == 0)
            {
                return null;
            }

            WireValueMatch? best = null;
            var bestScore = int.MaxValue;
            foreach (var type in types)
            {
                foreach (var member in type.Members)
                {
                    if (member.WireValue == null)
                    {
                        continue;
                    }

                    var wire = Normalize(member.WireValue);
                    if (wire == normalized)
                    {
                        return new WireValueMatch(type, member, WireValueCloseness.SameLetters);
                    }

                    var score = FuzzyScore(normalized, wire);
                    if (score < bestScore)
                    {
                        bestScore = score;
                        best = new WireValueMatch(type, member, WireValueCloseness.Fuzzy);
                    }
                }
            }

            return best;
        }

        /// <summary>Upper-case letters and digits only.</summary>
        public static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToUpperInvariant(c));
                }
            }

            return builder.ToString();
        }

        /// <summary>Lower is closer; <see cref="int.MaxValue"/> means "not close". Edit distance up to 2, or a shared stem.</summary>
        private static int FuzzyScore(string literal, string wire)
        {
            if (Math.Min(literal.Length, wire.Length) < MinFuzzyLength || IsNegationOf(literal, wire))
            {
                return int.MaxValue;
            }

            var distance = EditDistance(literal, wire, 2);
            if (distance <= 2)
            {
                return distance;
            }

            // FAILURE/FAILED, SUCCESS/SUCCEEDED: the same stem with a different English ending.
            var prefix = CommonPrefix(literal, wire);
            var shorter = Math.Min(literal.Length, wire.Length);
            if (prefix >= MinStemLength && prefix * 3 >= shorter * 2 && Math.Abs(literal.Length - wire.Length) <= 4)
            {
                return 10 - prefix;
            }

            return int.MaxValue;
        }

        /// <summary>UNCOMPLETED, NOTFAILED, NONCOMPLETED: close in letters, opposite in meaning.</summary>
        private static bool IsNegationOf(string literal, string wire)
        {
            if (literal.Length <= wire.Length || !literal.EndsWith(wire, StringComparison.Ordinal))
            {
                return false;
            }

            var prefix = literal.Substring(0, literal.Length - wire.Length);
            return prefix == "UN" || prefix == "NOT" || prefix == "NON" || prefix == "IN";
        }

        private static int CommonPrefix(string a, string b)
        {
            var n = 0;
            while (n < a.Length && n < b.Length && a[n] == b[n])
            {
                n++;
            }

            return n;
        }

        /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
        private static int EditDistance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit)
            {
                return limit + 1;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMin = current[0];
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    rowMin = Math.Min(rowMin, current[j]);
                }

                if (rowMin > limit)
                {
                    return limit + 1;
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
