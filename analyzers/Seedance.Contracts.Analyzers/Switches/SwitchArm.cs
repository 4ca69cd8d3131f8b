using Microsoft.CodeAnalysis;

namespace Seedance.Contracts.Analyzers.Switches
{
    /// <summary>One arm of a switch expression, or one section of a switch statement, as seen by coverage.</summary>
    internal sealed class SwitchArm
    {
        public SwitchArm(int index, SyntaxNode syntax, PatternCoverage unguarded, bool hasDefaultLabel, bool alwaysThrows, ulong routedToDefault = 0)
        {
            Index = index;
            Syntax = syntax;
            Unguarded = unguarded;
            HasDefaultLabel = hasDefaultLabel;
            AlwaysThrows = alwaysThrows;
            RoutedToDefault = routedToDefault;
        }

        /// <summary>Position among the arms (expression) or sections (statement).</summary>
        public int Index { get; }

        public SyntaxNode Syntax { get; }

        /// <summary>What the arm's unguarded patterns/labels cover; guarded ones contribute nothing.</summary>
        public PatternCoverage Unguarded { get; }

        /// <summary>The section holds a <c>default:</c> label (statements only).</summary>
        public bool HasDefaultLabel { get; }

        /// <summary>The arm's body always ends in a throw.</summary>
        public bool AlwaysThrows { get; }

        /// <summary>Members this section names but sends on with <c>goto default</c> (a new label for them would be a duplicate).</summary>
        public ulong RoutedToDefault { get; }
    }
}
