using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>An enum recognised as a task status: its distinct members and which of them are terminal.</summary>
    internal sealed class StatusType
    {
        public StatusType(INamedTypeSymbol enumType, ImmutableArray<StatusMember> members, bool fromOptions)
        {
            EnumType = enumType;
            Members = members;
            FromOptions = fromOptions;
            foreach (var member in members)
            {
                All |= member.Bit;
                switch (member.Kind)
                {
                    case StatusKind.Failed: Failure |= member.Bit; break;
                    case StatusKind.Succeeded: Success |= member.Bit; break;
                    case StatusKind.Unknown: Unknown |= member.Bit; break;
                    default: Pending |= member.Bit; break;
                }
            }
        }

        public INamedTypeSymbol EnumType { get; }

        public ImmutableArray<StatusMember> Members { get; }

        /// <summary>True when the enum was named in <c>SeedanceStatusEnums</c> rather than carrying the marker attributes.</summary>
        public bool FromOptions { get; }

        public ulong All { get; }

        public ulong Failure { get; }

        public ulong Success { get; }

        public ulong Unknown { get; }

        public ulong Pending { get; }

        public ulong Terminal => Failure | Success;

        public StatusMember? FindByValue(decimal value)
        {
            foreach (var member in Members)
            {
                if (member.Value == value)
                {
                    return member;
                }
            }

            return null;
        }

        public StatusMember? FindByField(IFieldSymbol field)
        {
            if (!SymbolEqualityComparer.Default.Equals(field.ContainingType, EnumType) || !field.HasConstantValue)
            {
                return null;
            }

            return ConstantValues.TryToDecimal(field.ConstantValue, out var value) ? FindByValue(value) : null;
        }
    }
}
