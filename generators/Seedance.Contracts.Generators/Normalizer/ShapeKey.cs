using System.Text;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// A canonical text of a schema's structure that ignores description, title and examples: two
    /// schemas with equal keys are the same type (so the error bodies of 401/404/500 collapse).
    /// References are written by component name.
    /// </summary>
    internal static class ShapeKey
    {
        public static string Of(SchemaNode? schema)
        {
            var sb = new StringBuilder();
            Append(schema, sb);
            return sb.ToString();
        }

        private static void Append(SchemaNode? s, StringBuilder sb)
        {
            if (s == null)
            {
                sb.Append('-');
                return;
            }

            if (s.Ref != null)
            {
                sb.Append("ref(").Append(s.Ref).Append(')');
                return;
            }

            sb.Append('{').Append(s.Type).Append('|').Append(s.Format).Append('|').Append(s.Nullable ? "n" : string.Empty)
              .Append('|').Append(s.Default).Append('|').Append(s.Minimum).Append('|').Append(s.Maximum);
            sb.Append("|e[");
            foreach (string v in s.EnumValues)
            {
                sb.Append(v.Length).Append(':').Append(v).Append(',');
            }

            sb.Append("]|p[");
            foreach (var p in s.Properties)
            {
                sb.Append(p.Name.Length).Append(':').Append(p.Name).Append('=');
                Append(p.Schema, sb);
                sb.Append(',');
            }

            sb.Append("]|r[");
            foreach (string r in s.Required)
            {
                sb.Append(r).Append(',');
            }

            sb.Append("]|i");
            Append(s.Items, sb);
            AppendList("all", s.AllOf, sb);
            AppendList("one", s.OneOf, sb);
            AppendList("any", s.AnyOf, sb);
            sb.Append("|a");
            Append(s.AdditionalProperties, sb);
            sb.Append(s.AdditionalPropertiesForbidden ? "!" : string.Empty).Append('}');
        }

        private static void AppendList(string tag, EquatableArray<SchemaNode> list, StringBuilder sb)
        {
            if (list.Count == 0)
            {
                return;
            }

            sb.Append('|').Append(tag).Append('[');
            foreach (var item in list)
            {
                Append(item, sb);
                sb.Append(',');
            }

            sb.Append(']');
        }
    }
}
