using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>How a <see cref="CsType"/> is written in C#, and the name of its JsonTypeInfo property.</summary>
    internal static class CsTypes
    {
        public static string Write(CsType type, string ns)
        {
            string core;
            switch (type.Kind)
            {
                case CsTypeKind.Primitive:
                    core = Primitive(type.Name);
                    break;
                case CsTypeKind.List:
                    core = "global::System.Collections.Generic.List<" + Write(type.Element!.AsNonNullable(), ns) + ">";
                    break;
                case CsTypeKind.Dictionary:
                    core = "global::System.Collections.Generic.Dictionary<string, " + Write(type.Element!.AsNonNullable(), ns) + ">";
                    break;
                default:
                    core = "global::" + ns + "." + type.Name;
                    break;
            }

            return type.Nullable ? core + "?" : core;
        }

        /// <summary>The type as a cref parameter type (braces for generics, Nullable{T} for nullable value types).</summary>
        public static string Cref(CsType type, string ns)
        {
            if (type.Nullable && IsValueType(type))
            {
                return "global::System.Nullable{" + Cref(type.AsNonNullable(), ns) + "}";
            }

            switch (type.Kind)
            {
                case CsTypeKind.List:
                    return "global::System.Collections.Generic.List{" + Cref(type.Element!.AsNonNullable(), ns) + "}";
                case CsTypeKind.Dictionary:
                    return "global::System.Collections.Generic.Dictionary{string, " + Cref(type.Element!.AsNonNullable(), ns) + "}";
                default:
                    return Write(type.AsNonNullable(), ns);
            }
        }

        public static bool IsValueType(CsType type) =>
            type.Kind == CsTypeKind.Enum
            || (type.Kind == CsTypeKind.Primitive && type.Name != "String" && type.Name != "Uri" && type.Name != "ByteArray");

        /// <summary>The CLR type the JSON metadata is keyed on (nullable reference types are the same CLR type).</summary>
        public static CsType Clr(CsType type) => type.Nullable && !IsValueType(type) ? type.AsNonNullable() : type;

        public static string InfoName(CsType type)
        {
            type = Clr(type);
            if (type.Nullable)
            {
                return "Nullable" + InfoName(type.AsNonNullable());
            }

            switch (type.Kind)
            {
                case CsTypeKind.List: return "List" + InfoName(type.Element!.AsNonNullable());
                case CsTypeKind.Dictionary: return "DictionaryString" + InfoName(type.Element!.AsNonNullable());
                default: return type.Name;
            }
        }

        private static string Primitive(string name)
        {
            switch (name)
            {
                case "String": return "string";
                case "Int32": return "int";
                case "Int64": return "long";
                case "Boolean": return "bool";
                case "Double": return "double";
                case "Single": return "float";
                case "ByteArray": return "byte[]";
                case "JsonElement": return "global::System.Text.Json.JsonElement";
                default: return "global::System." + name;
            }
        }
    }
}
