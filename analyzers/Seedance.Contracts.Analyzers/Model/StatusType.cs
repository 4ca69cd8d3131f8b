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
            FullName = enumType.ToDisplayString();
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

        /// <summary><c>Seedance.Contracts.MagnificTaskStatus</c>, computed once: diagnostics carry it, hot paths must not format it.</summary>
        public string FullName { get; }

        /// <summary>"E.A, E.B" for the members in <paramref name="set"/>, in declaration order (diagnostic messages).</summary>
        public string DisplayNames(ulong set)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var member in Members)
            {
                if ((set & member.Bit) != 0)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(EnumType.Name).Append('.').Append(member.Name);
                }
            }

            return builder.ToString();
        }

        /// <summary>"A,B" for the members in <paramref name="set"/> (the property the code fixes read).</summary>
        public string MemberNames(ulong set)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var member in Members)
            {
                if ((set & member.Bit) != 0)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(member.Name);
                }
            }

            return builder.ToString();
        }

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
