using Microsoft.CodeAnalysis;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>One distinct value of a status enum (aliases collapse onto the first declared name).</summary>
    internal sealed class StatusMember
    {
        public StatusMember(IFieldSymbol field, int index, decimal value, StatusKind kind, string? wireValue)
        {
            Field = field;
            Index = index;
            Value = value;
            Kind = kind;
            WireValue = wireValue;
        }

        public IFieldSymbol Field { get; }

        /// <summary>Position in <see cref="StatusType.Members"/>; also the bit in a <see cref="MemberSet"/>.</summary>
        public int Index { get; }

        /// <summary>The constant value widened to decimal, so every integral underlying type compares exactly.</summary>
        public decimal Value { get; }

        public StatusKind Kind { get; }

        public string? WireValue { get; }

        public string Name => Field.Name;

        public ulong Bit => 1UL << Index;
    }
}
