using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits model classes: sealed partial, get/set properties, no JSON attributes (the generated context
    /// carries wire names, required flags and ignore conditions).
    /// </summary>
    internal static class ModelsEmitter
    {
        public static string Emit(ApiModel api)
        {
            var w = new SourceWriter();
            w.Open("namespace " + api.Namespace);
            foreach (var model in api.Objects)
            {
                w.Summary(model.Documentation, "The " + model.Name + " schema of the " + api.Prefix + " API.");
                w.Open(api.Accessibility + " sealed partial class " + model.Name);
                foreach (var p in model.Properties)
                {
                    w.Summary(p.Documentation, "The <c>" + SourceWriter.Escape(p.WireName) + "</c> property.");
                    w.Doc("<remarks>Wire name <c>" + SourceWriter.Escape(p.WireName) + "</c>; " + (p.Required ? "required" : "optional, left out of the JSON when null") + ".</remarks>");
                    string type = CsTypes.Write(p.Type, api.Namespace);
                    w.Line("public " + type + " " + p.Name + " { get; set; }" + Initializer(p, api.Namespace));
                    w.Line();
                }

                w.Close();
                w.Line();
            }

            foreach (var union in api.Unions)
            {
                EmitUnion(w, api, union);
            }

            w.Close();
            return SourceWriter.Header + w;
        }

        private static string Initializer(PropertyModel p, string ns)
        {
            if (p.Type.Nullable || CsTypes.IsValueType(p.Type))
            {
                return string.Empty;
            }

            // Required lists start empty so a new request body is valid; other required references are set by the caller.
            return p.Type.Kind == CsTypeKind.List || p.Type.Kind == CsTypeKind.Dictionary
                ? " = new " + CsTypes.Write(p.Type, ns) + "();"
                : " = default!;";
        }

        /// <summary>
        /// A oneOf/anyOf without discriminator: holds the raw JSON value; From* builds one from a variant,
        /// TryGet* reads it as a variant (the first variant that deserializes wins).
        /// </summary>
        private static void EmitUnion(SourceWriter w, ApiModel api, UnionModel union)
        {
            string ctx = "global::" + api.Namespace + "." + api.JsonContextName + ".Default";
            w.Summary(union.Documentation, "One of several shapes (" + string.Join(", ", System.Linq.Enumerable.Select(union.Variants, v => v.Name)) + "); the raw JSON is kept.");
            w.Open(api.Accessibility + " sealed partial class " + union.Name);
            w.Summary("Wraps a raw JSON value.", string.Empty);
            w.Doc("<param name=\"value\">The JSON value.</param>");
            w.Open("public " + union.Name + "(global::System.Text.Json.JsonElement value)");
            w.Line("Value = value;");
            w.Close();
            w.Line();
            w.Summary("The raw JSON value.", string.Empty);
            w.Line("public global::System.Text.Json.JsonElement Value { get; }");
            w.Line();
            foreach (var v in union.Variants)
            {
                string type = CsTypes.Write(v.Type.AsNonNullable(), api.Namespace);
                string info = ctx + "." + CsTypes.InfoName(v.Type.AsNonNullable());
                w.Summary("Creates the union from a " + v.Name + " value.", string.Empty);
                w.Doc("<param name=\"value\">The value.</param>");
                w.Doc("<returns>The union.</returns>");
                w.Line("public static " + union.Name + " From" + v.Name + "(" + type + " value) => new " + union.Name + "(global::System.Text.Json.JsonSerializer.SerializeToElement(value, " + info + "));");
                w.Line();
                w.Summary("Reads the value as " + v.Name + ".", string.Empty);
                w.Doc("<param name=\"value\">The value when this returns true.</param>");
                w.Doc("<returns>Whether the JSON value deserializes as " + v.Name + ".</returns>");
                w.Open("public bool TryGet" + v.Name + "(out " + type + (CsTypes.IsValueType(v.Type) ? string.Empty : "?") + " value)");
                w.Open("try");
                w.Line("value = global::System.Text.Json.JsonSerializer.Deserialize(Value, " + info + ")" + (CsTypes.IsValueType(v.Type) ? string.Empty : "!") + ";");
                w.Line("return " + (CsTypes.IsValueType(v.Type) ? "true" : "value is not null") + ";");
                w.Close();
                w.Open("catch (global::System.Text.Json.JsonException)");
                w.Line("value = default;");
                w.Line("return false;");
                w.Close();
                w.Close();
                w.Line();
            }

            w.Summary("The string value itself, or the raw JSON text for other kinds (used for query strings).", string.Empty);
            w.Doc("<returns>The text.</returns>");
            w.Line("public override string ToString() => Value.ValueKind == global::System.Text.Json.JsonValueKind.String ? Value.GetString() ?? string.Empty : Value.GetRawText();");
            w.Close();
            w.Line();
        }
    }
}
