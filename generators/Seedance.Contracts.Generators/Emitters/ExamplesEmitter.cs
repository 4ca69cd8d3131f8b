using System.Globalization;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits the examples catalog: every named example as its exact JSON text (All), and a typed accessor
    /// for each example that fits its schema (a fresh instance per call: models are mutable).
    /// </summary>
    internal static class ExamplesEmitter
    {
        public static string Emit(ApiModel api)
        {
            string ctx = "global::" + api.Namespace + "." + api.JsonContextName + ".Default";
            var w = new SourceWriter();
            w.Open("namespace " + api.Namespace);
            w.Summary("The named examples of the " + api.Prefix + " API's spec (request examples have status code 0).", string.Empty);
            w.Open(api.Accessibility + " static partial class " + api.ExamplesName);
            for (int i = 0; i < api.Examples.Count; i++)
            {
                w.Line("private const string Json" + i.ToString(CultureInfo.InvariantCulture) + " = " + SourceWriter.Literal(api.Examples[i].Json) + ";");
            }

            w.Line();
            w.Line("private static global::System.Collections.Generic.IReadOnlyList<global::Seedance.Contracts.SpecExample>? s_all;");
            w.Line();
            w.Summary("Every named example, in spec order, with its exact JSON text.", string.Empty);
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Seedance.Contracts.SpecExample> All => s_all ??= new global::Seedance.Contracts.SpecExample[]");
            w.Line("{");
            for (int i = 0; i < api.Examples.Count; i++)
            {
                var e = api.Examples[i];
                w.Line("    new global::Seedance.Contracts.SpecExample(" + SourceWriter.Literal(e.OperationId) + ", " + e.StatusCode.ToString(CultureInfo.InvariantCulture) + ", "
                    + SourceWriter.Literal(e.MediaType) + ", " + SourceWriter.Literal(e.Name) + ", " + SourceWriter.Literal(e.Summary) + ", Json" + i.ToString(CultureInfo.InvariantCulture) + "),");
            }

            w.Line("};");
            w.Line();
            for (int i = 0; i < api.Examples.Count; i++)
            {
                var e = api.Examples[i];
                if (e.TypedAccessor == null || e.Type == null)
                {
                    continue;
                }

                string type = CsTypes.Write(e.Type.AsNonNullable(), api.Namespace);
                w.Summary((e.Summary ?? e.Name) + " (" + e.OperationId + ", " + (e.StatusCode == 0 ? "request" : e.StatusCode.ToString(CultureInfo.InvariantCulture)) + ", " + e.MediaType + ").", string.Empty);
                w.Line("public static " + type + " " + e.TypedAccessor + " => global::System.Text.Json.JsonSerializer.Deserialize(Json" + i.ToString(CultureInfo.InvariantCulture) + ", " + ctx + "." + CsTypes.InfoName(e.Type.AsNonNullable()) + ")!;");
                w.Line();
            }

            w.Close();
            w.Close();
            return SourceWriter.Header + w;
        }
    }
}
