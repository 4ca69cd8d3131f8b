using System.Collections.Generic;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>Builds the plain-text documentation (description plus validation facts) for XML docs.</summary>
    internal static class Documentation
    {
        public static string? ForSchema(SchemaNode? schema)
        {
            if (schema == null)
            {
                return null;
            }

            var facts = new List<string>();
            if (schema.Default != null)
            {
                facts.Add("Default: " + schema.Default + ".");
            }

            if (schema.Minimum != null || schema.Maximum != null)
            {
                facts.Add("Range: " + (schema.Minimum ?? "-inf") + " to " + (schema.Maximum ?? "+inf") + ".");
            }

            if (schema.MinLength != null || schema.MaxLength != null)
            {
                facts.Add("Length: " + (schema.MinLength ?? "0") + " to " + (schema.MaxLength ?? "any") + " characters.");
            }

            if (schema.MinItems != null || schema.MaxItems != null)
            {
                facts.Add("Items: " + (schema.MinItems ?? "0") + " to " + (schema.MaxItems ?? "any") + ".");
            }

            if (schema.Pattern != null)
            {
                facts.Add("Pattern: " + schema.Pattern);
            }

            string? text = schema.Description ?? schema.Title;
            if (facts.Count == 0)
            {
                return text;
            }

            return (text == null ? string.Empty : text.TrimEnd() + "\n") + string.Join(" ", facts);
        }
    }
}
