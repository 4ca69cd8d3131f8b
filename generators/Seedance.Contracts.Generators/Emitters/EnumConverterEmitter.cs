using System.Globalization;
using System.Linq;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits the JsonConverter of an enum (nested, private, in the context). Status enums map values the
    /// spec did not list to Unknown, so a new server value does not break old clients; plain enums throw a
    /// JsonException naming the value.
    /// </summary>
    internal static class EnumConverterEmitter
    {
        private const string Json = "global::System.Text.Json";

        public static void Emit(SourceWriter w, ApiModel api, EnumModel e)
        {
            string t = "global::" + api.Namespace + "." + e.Name;
            var listed = e.Members.Where(m => m.StatusKind != "Unknown").ToList();
            w.Open("private sealed class " + e.Name + "JsonConverter : " + Json + ".Serialization.JsonConverter<" + t + ">");
            w.Open("public override " + t + " Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
            if (e.IsInteger)
            {
                w.Open("if (reader.TokenType == " + Json + ".JsonTokenType.Number && reader.TryGetInt64(out long number) && " + t + "Extensions.TryParse(number, out " + t + " parsed))");
                w.Line("return parsed;");
                w.Close();
                w.Line("throw new " + Json + ".JsonException(\"Expected one of the integers " + string.Join(", ", listed.Select(m => m.IntegerValue.ToString(CultureInfo.InvariantCulture))) + " for " + e.Name + ".\");");
            }
            else
            {
                w.Open("if (reader.TokenType != " + Json + ".JsonTokenType.String)");
                w.Line("throw new " + Json + ".JsonException(\"Expected a JSON string for " + e.Name + ", got \" + reader.TokenType + \".\");");
                w.Close();
                foreach (var m in listed)
                {
                    // ValueTextEquals unescapes as it compares and does not allocate.
                    w.Open("if (reader.ValueTextEquals(" + SourceWriter.Literal(m.WireValue) + "))");
                    w.Line("return " + t + "." + m.Name + ";");
                    w.Close();
                }

                if (e.IsStatus)
                {
                    w.Line("return " + t + ".Unknown;");
                }
                else
                {
                    w.Line("throw new " + Json + ".JsonException(\"'\" + reader.GetString() + \"' is not a value of " + e.Name + ".\");");
                }
            }

            w.Close();
            w.Line();
            w.Open("public override void Write(" + Json + ".Utf8JsonWriter writer, " + t + " value, " + Json + ".JsonSerializerOptions options)");
            if (e.IsInteger)
            {
                w.Line("writer.WriteNumberValue((long)value);");
            }
            else
            {
                w.Line("string? text = " + t + "Extensions.ToWireValue(value);");
                w.Open("if (text is null)");
                w.Line("throw new " + Json + ".JsonException(\"" + e.Name + ".\" + value + \" has no wire value and cannot be sent.\");");
                w.Close();
                w.Line("writer.WriteStringValue(text);");
            }

            w.Close();
            w.Close();
            w.Line();
        }
    }
}
