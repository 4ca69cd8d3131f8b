using System.Collections.Generic;
using System.Linq;
using System.Text;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits the fast-path serialization handlers (JsonObjectInfoValues/JsonCollectionInfoValues.SerializeHandler)
    /// in the style of System.Text.Json's default generation mode: pre-encoded property names, the writer's typed
    /// methods, nested handlers called directly. STJ only runs a handler when the caller's options are compatible
    /// with the context's (no runtime converters, no encoder, no naming policy ...), otherwise it takes the
    /// metadata path, so the handlers must write exactly what the metadata emitted by
    /// <see cref="JsonContextEmitter"/> writes: optional properties (WhenWritingNull) are left out when null,
    /// required ones are always written (null as JSON null), primitives as the built-in converters write them.
    /// Enums and unions have no handler of their own (they are value infos); they are written through the same
    /// generated converter instances the metadata uses.
    /// </summary>
    internal static class SerializeHandlerEmitter
    {
        private const string Json = "global::System.Text.Json";
        private const string Writer = Json + ".Utf8JsonWriter";

        /// <summary>Whether the type gets a handler: objects, lists and string-keyed dictionaries (non-nullable CLR types).</summary>
        public static bool HasHandler(CsType t) =>
            !t.Nullable && (t.Kind == CsTypeKind.Model || t.Kind == CsTypeKind.List || t.Kind == CsTypeKind.Dictionary);

        public static string HandlerName(CsType t) => CsTypes.InfoName(t) + "SerializeHandler";

        /// <summary>Pre-encoded wire names, one field per distinct name, named after it.</summary>
        public static Dictionary<string, string> EmitPropertyNames(SourceWriter w, ApiModel api)
        {
            var fields = new Dictionary<string, string>();
            var used = new HashSet<string>();
            foreach (var p in api.Objects.SelectMany(o => o.Properties))
            {
                if (fields.ContainsKey(p.WireName))
                {
                    continue;
                }

                string field = "PropName_" + Sanitize(p.WireName);
                string unique = field;
                for (int n = 2; !used.Add(unique); n++)
                {
                    unique = field + "_" + n;
                }

                fields.Add(p.WireName, unique);
                w.Line("private static readonly " + Json + ".JsonEncodedText " + unique + " = " + Json + ".JsonEncodedText.Encode(" + SourceWriter.Literal(p.WireName) + ");");
            }

            if (fields.Count > 0)
            {
                w.Line();
            }

            return fields;
        }

        /// <summary>One shared instance of each generated converter, so the handlers allocate nothing.</summary>
        public static void EmitConverterInstances(SourceWriter w, ApiModel api)
        {
            foreach (string name in api.Enums.Select(e => e.Name).Concat(api.Unions.Select(u => u.Name)))
            {
                w.Line("private static readonly " + name + "JsonConverter " + ConverterField(name) + " = new " + name + "JsonConverter();");
            }

            w.Line();
        }

        public static void EmitHandler(SourceWriter w, ApiModel api, CsType t, IReadOnlyDictionary<string, string> names)
        {
            string cs = CsTypes.Write(t, api.Namespace);
            w.Open("private void " + HandlerName(t) + "(" + Writer + " writer, " + cs + "? value)");
            w.Open("if (value is null)");
            w.Line("writer.WriteNullValue();");
            w.Line("return;");
            w.Close();
            w.Line();
            var locals = new Locals();
            switch (t.Kind)
            {
                case CsTypeKind.Model:
                    w.Line("writer.WriteStartObject();");
                    foreach (var p in api.Objects.First(o => o.Name == t.Name).Properties)
                    {
                        EmitProperty(w, api, p, names[p.WireName], locals);
                    }

                    w.Line("writer.WriteEndObject();");
                    break;
                case CsTypeKind.List:
                    w.Line("writer.WriteStartArray();");
                    w.Open("for (int i = 0; i < value.Count; i++)");
                    EmitValueOrNull(w, api, t.Element!.AsNonNullable(), "value[i]", locals);
                    w.Close();
                    w.Line("writer.WriteEndArray();");
                    break;
                case CsTypeKind.Dictionary:
                    // The metadata path writes keys with writer.WritePropertyName (no DictionaryKeyPolicy: that
                    // option makes the context incompatible, so this handler is not used then).
                    w.Line("writer.WriteStartObject();");
                    w.Open("foreach (var entry in value)");
                    w.Line("writer.WritePropertyName(entry.Key);");
                    EmitValueOrNull(w, api, t.Element!.AsNonNullable(), "entry.Value", locals);
                    w.Close();
                    w.Line("writer.WriteEndObject();");
                    break;
            }

            w.Close();
            w.Line();
        }

        /// <summary>Mirrors the property metadata: optional = WhenWritingNull (only matters when the type can hold null).</summary>
        private static void EmitProperty(SourceWriter w, ApiModel api, PropertyModel p, string nameField, Locals locals)
        {
            string access = "value." + p.Name;
            bool canBeNull = p.Type.Nullable || !CsTypes.IsValueType(p.Type);
            var type = p.Type.AsNonNullable();
            if (!canBeNull)
            {
                w.Line("writer.WritePropertyName(" + nameField + ");");
                EmitValue(w, api, type, access, locals);
                return;
            }

            string local = locals.Next();
            if (!p.Required)
            {
                w.Open("if (" + access + " is { } " + local + ")");
                w.Line("writer.WritePropertyName(" + nameField + ");");
                EmitValue(w, api, type, local, locals);
                w.Close();
                return;
            }

            w.Line("writer.WritePropertyName(" + nameField + ");");
            EmitNullCheck(w, api, type, access, local, locals);
        }

        /// <summary>A collection element or dictionary value: JSON null when null, as the element converters do.</summary>
        private static void EmitValueOrNull(SourceWriter w, ApiModel api, CsType element, string access, Locals locals)
        {
            if (CsTypes.IsValueType(element))
            {
                EmitValue(w, api, element, access, locals);
                return;
            }

            EmitNullCheck(w, api, element, access, locals.Next(), locals);
        }

        private static void EmitNullCheck(SourceWriter w, ApiModel api, CsType type, string access, string local, Locals locals)
        {
            w.Open("if (" + access + " is { } " + local + ")");
            EmitValue(w, api, type, local, locals);
            w.Close();
            w.Open("else");
            w.Line("writer.WriteNullValue();");
            w.Close();
        }

        /// <summary>Writes a non-null value of <paramref name="type"/> (non-nullable) exactly as its metadata converter would.</summary>
        private static void EmitValue(SourceWriter w, ApiModel api, CsType type, string expr, Locals locals)
        {
            switch (type.Kind)
            {
                case CsTypeKind.Model:
                case CsTypeKind.List:
                case CsTypeKind.Dictionary:
                    w.Line(HandlerName(type) + "(writer, " + expr + ");");
                    return;
                case CsTypeKind.Enum:
                case CsTypeKind.Union:
                    w.Line(ConverterField(type.Name) + ".Write(writer, " + expr + ", Options);");
                    return;
            }

            switch (type.Name)
            {
                case "String":
                case "Guid":
                case "DateTimeOffset":
                    w.Line("writer.WriteStringValue(" + expr + ");");
                    break;
                case "Uri":
                    // The built-in UriConverter writes OriginalString.
                    w.Line("writer.WriteStringValue(" + expr + ".OriginalString);");
                    break;
                case "Int32":
                case "Int64":
                case "Double":
                case "Single":
                    w.Line("writer.WriteNumberValue(" + expr + ");");
                    break;
                case "Boolean":
                    w.Line("writer.WriteBooleanValue(" + expr + ");");
                    break;
                case "ByteArray":
                    w.Line("writer.WriteBase64StringValue(" + expr + ");");
                    break;
                default:
                    // JsonElement and anything added later: the very converter the metadata path uses.
                    w.Line(Json + ".Serialization.Metadata.JsonMetadataServices." + type.Name + "Converter.Write(writer, " + expr + ", Options);");
                    break;
            }
        }

        private static string ConverterField(string typeName) => "s_" + typeName + "Converter";

        private static string Sanitize(string wireName)
        {
            var sb = new StringBuilder();
            foreach (char c in wireName)
            {
                sb.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
            }

            return sb.ToString();
        }

        /// <summary>Pattern variables are method-scoped in C#: a counter keeps them unique within a handler.</summary>
        private sealed class Locals
        {
            private int _next;

            public string Next() => "v" + _next++;
        }
    }
}
