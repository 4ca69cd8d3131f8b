using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Switches
{
    /// <summary>
    /// How each member of one status type is covered by a switch: named by an unguarded arm, matched only by
    /// value (catch-all, range, <c>not</c>), or not at all. Shared by the analyzer and the code fix.
    /// </summary>
    internal sealed class SwitchCoverage
    {
        public SwitchCoverage(StatusType type, string? projection, bool isExpression, ImmutableArray<SwitchArm> arms)
        {
            Type = type;
            Projection = projection;
            IsExpression = isExpression;
            Arms = arms;
            foreach (var arm in arms)
            {
                Named |= arm.Unguarded.Named;
                Covered |= arm.Unguarded.Matched;
                RoutedToDefault |= arm.RoutedToDefault;
                if (arm.AlwaysThrows)
                {
                    ThrowingCatchAll |= arm.Unguarded.Matched & ~arm.Unguarded.Named;
                }
            }
        }

        public StatusType Type { get; }

        /// <summary>Null when the switch is over the status itself; otherwise the tuple element or property path.</summary>
        public string? Projection { get; }

        public bool IsExpression { get; }

        public ImmutableArray<SwitchArm> Arms { get; }

        /// <summary>Members named by an unguarded arm.</summary>
        public ulong Named { get; }

        /// <summary>Members matched by some unguarded arm (named, by value, or by a catch-all).</summary>
        public ulong Covered { get; }

        /// <summary>Members named in sections that end in <c>goto default</c>.</summary>
        public ulong RoutedToDefault { get; }

        /// <summary>Members reaching an always-throwing arm without being named there.</summary>
        public ulong ThrowingCatchAll { get; }

        /// <summary>SDC001: failure members that no unguarded arm names (after the opt-in relaxations).</summary>
        public ulong MissingFailure(StatusAnalyzerOptions options)
        {
            var handled = Named;
            if (options.DefaultHandlesFailure)
            {
                handled |= Covered;
            }

            if (options.ThrowingDefaultHandlesFailure)
            {
                handled |= ThrowingCatchAll;
            }

            return options.RequiredFailureMembers(Type) & ~handled;
        }

        /// <summary>SDC002: other members matched by nothing; empty whenever a default/catch-all exists.</summary>
        public ulong MissingOther(StatusAnalyzerOptions options) =>
            Projection != null ? 0 : options.RequiredOtherMembers(Type) & ~Covered & ~options.RequiredFailureMembers(Type);

        /// <summary>
        /// Where a new arm for <paramref name="member"/> must go so that it is reachable: before the first
        /// unguarded arm already matching it by value, else before a <c>default:</c> section, else at the end.
        /// </summary>
        public int InsertionIndex(StatusMember member)
        {
            foreach (var arm in Arms)
            {
                if (!arm.HasDefaultLabel && MemberSet.Contains(arm.Unguarded.Matched, member))
                {
                    return arm.Index;
                }
            }

            foreach (var arm in Arms)
            {
                if (arm.HasDefaultLabel)
                {
                    return arm.Index;
                }
            }

            return Arms.Length;
        }
    }
}
