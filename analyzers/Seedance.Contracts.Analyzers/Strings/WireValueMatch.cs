using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Strings
{
    /// <summary>How close a string literal is to a status wire value.</summary>
    internal enum WireValueCloseness
    {
        /// <summary>Ordinal equality with a wire value.</summary>
        Exact,

        /// <summary>Equal once case, '_', '-' and spaces are ignored (<c>"Failed"</c>, <c>"in_progress"</c>).</summary>
        SameLetters,

        /// <summary>A small edit or a shared word stem (<c>"COMPLETE"</c>, <c>"FAILURE"</c>).</summary>
        Fuzzy,
    }

    /// <summary>The status member a literal stands for (or was probably meant to).</summary>
    internal sealed class WireValueMatch
    {
        public WireValueMatch(StatusType type, StatusMember member, WireValueCloseness closeness)
        {
            Type = type;
            Member = member;
            Closeness = closeness;
        }

        public StatusType Type { get; }

        public StatusMember Member { get; }

        public WireValueCloseness Closeness { get; }
    }
}
