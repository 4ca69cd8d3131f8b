using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>Builds a <see cref="StatusType"/> from an enum symbol (attributes from source or metadata, or names).</summary>
    internal static class StatusTypeFactory
    {
        public const string EnumAttributeName = "TaskStatusEnumAttribute";
        public const string MemberAttributeName = "TaskStatusMemberAttribute";
        public const string AttributeNamespace = "Seedance.Contracts";

        public static bool HasStatusEnumAttribute(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (IsSeedanceAttribute(attribute.AttributeClass, EnumAttributeName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Returns null for non-enums, [Flags] enums, enums with non-constant or too many members.</summary>
        public static StatusType? TryCreate(INamedTypeSymbol type, bool fromOptions)
        {
            if (type.TypeKind != TypeKind.Enum || IsFlags(type))
            {
                return null;
            }

            var members = ImmutableArray.CreateBuilder<StatusMember>();
            foreach (var symbol in type.GetMembers())
            {
                if (!(symbol is IFieldSymbol field) || !field.IsConst)
                {
                    continue;
                }

                if (!field.HasConstantValue || !ConstantValues.TryToDecimal(field.ConstantValue, out var value))
                {
                    return null; // a broken enum: do not guess (mirrors PopulateSwitch)
                }

                if (ContainsValue(members, value))
                {
                    continue; // alias: the first declared name wins
                }

                if (members.Count == MemberSet.MaxMembers)
                {
                    return null;
                }

                ReadMember(field, fromOptions, out var kind, out var wire);
                members.Add(new StatusMember(field, members.Count, value, kind, wire));
            }

            return members.Count == 0 ? null : new StatusType(type, members.ToImmutable(), fromOptions);
        }

        private static void ReadMember(IFieldSymbol field, bool fromOptions, out StatusKind kind, out string? wire)
        {
            foreach (var attribute in field.GetAttributes())
            {
                if (IsSeedanceAttribute(attribute.AttributeClass, MemberAttributeName) && attribute.ConstructorArguments.Length == 2)
                {
                    wire = attribute.ConstructorArguments[0].Value as string;
                    var raw = attribute.ConstructorArguments[1].Value;
                    kind = ConstantValues.TryToDecimal(raw, out var k) && k >= 0 && k <= 3 ? (StatusKind)(int)k : StatusKind.Pending;
                    return;
                }
            }

            // Without a member attribute (option-listed enums, or a hand-written enum that forgot one) the name decides.
            kind = StatusNameClassifier.Classify(field.Name);
            wire = kind == StatusKind.Unknown && !fromOptions ? null : StatusNameClassifier.ToUpperSnake(field.Name);
        }

        private static bool ContainsValue(ImmutableArray<StatusMember>.Builder members, decimal value)
        {
            foreach (var member in members)
            {
                if (member.Value == value)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsFlags(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                var cls = attribute.AttributeClass;
                if (cls != null && cls.Name == "FlagsAttribute" && cls.ContainingNamespace?.ToDisplayString() == "System")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSeedanceAttribute(INamedTypeSymbol? cls, string name) =>
            cls != null
            && string.Equals(cls.Name, name, StringComparison.Ordinal)
            && cls.ContainingNamespace?.ToDisplayString() == AttributeNamespace;
    }
}
