using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Seedance.Contracts.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>
    /// Turns an example's YAML value into compact JSON text, typing each scalar by its schema (so
    /// <c>NO</c> under <c>type: string</c> stays a string), and records why it does not fit the schema.
    /// Where no schema says otherwise, plain scalars follow the YAML 1.2 core schema.
    /// </summary>
    internal sealed class ExampleConverter
    {
        private static readonly Regex IntegerPattern = new Regex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex FloatPattern = new Regex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
        private static readonly Regex JsonNumberPattern = new Regex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

        private readonly IReadOnlyDictionary<string, SchemaNode> _schemas;

        public ExampleConverter(IReadOnlyDictionary<string, SchemaNode> schemas)
        {
            _schemas = schemas;
        }

        /// <summary>Converts <paramref name="value"/>; returns the JSON and the first misfit (null when it fits).</summary>
        public (string Json, string? Misfit) Convert(YamlNode value, SchemaNode? schema)
        {
            var sb = new StringBuilder();
            var misfits = new List<string>();
            Write(value, schema, sb, misfits, "$", 0);
            return (sb.ToString(), misfits.Count == 0 ? null : misfits[0]);
        }

        private void Write(YamlNode node, SchemaNode? schema, StringBuilder sb, List<string> misfits, string path, int depth)
        {
            schema = Resolve(schema, 0);
            if (schema != null && (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0))
            {
                WriteUnion(node, schema, sb, misfits, path, depth);
                return;
            }

            var view = schema == null ? null : ObjectView.Of(schema, this);
            switch (node)
            {
                case YamlMappingNode map:
                    WriteObject(map, schema, view, sb, misfits, path, depth);
                    break;
                case YamlSequenceNode seq:
                    if (schema != null && EffectiveType(schema, view) is { } t && t != "array")
                    {
                        misfits.Add($"{path} is an array but the schema expects {t}");
                    }

                    sb.Append('[');
                    for (int i = 0; i < seq.Children.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(',');
                        }

                        Write(seq.Children[i], schema?.Items, sb, misfits, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", depth + 1);
                    }

                    sb.Append(']');
                    break;
                case YamlScalarNode scalar:
                    WriteScalar(scalar, schema, view, sb, misfits, path);
                    break;
                default:
                    sb.Append("null");
                    break;
            }
        }

        private void WriteObject(YamlMappingNode map, SchemaNode? schema, ObjectView? view, StringBuilder sb, List<string> misfits, string path, int depth)
        {
            if (schema != null && EffectiveType(schema, view) is { } t && t != "object")
            {
                misfits.Add($"{path} is an object but the schema expects {t}");
            }

            sb.Append('{');
            bool first = true;
            var seen = new HashSet<string>();
            foreach (var entry in map.Entries())
            {
                if (!first)
                {
                    sb.Append(',');
                }

                first = false;
                seen.Add(entry.Key);
                WriteString(entry.Key, sb);
                sb.Append(':');
                SchemaNode? propertySchema = null;
                if (view != null)
                {
                    if (!view.Properties.TryGetValue(entry.Key, out propertySchema))
                    {
                        propertySchema = view.AdditionalProperties;
                        if (propertySchema == null && view.Properties.Count > 0)
                        {
                            misfits.Add($"{path} has property '{entry.Key}', which the schema does not declare");
                        }
                    }
                }

                Write(entry.Value, propertySchema, sb, misfits, path + "." + entry.Key, depth + 1);
            }

            sb.Append('}');
            if (view != null)
            {
                foreach (string required in view.Required)
                {
                    if (!seen.Contains(required))
                    {
                        misfits.Add($"{path} lacks the required property '{required}'");
                    }
                }
            }
        }

        private void WriteUnion(YamlNode node, SchemaNode schema, StringBuilder sb, List<string> misfits, string path, int depth)
        {
            var variants = schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf;
            foreach (var variant in variants)
            {
                var trialText = new StringBuilder();
                var trialMisfits = new List<string>();
                Write(node, variant, trialText, trialMisfits, path, depth);
                if (trialMisfits.Count == 0)
                {
                    sb.Append(trialText);
                    return;
                }
            }

            misfits.Add($"{path} matches none of the {(schema.OneOf.Count > 0 ? "oneOf" : "anyOf")} variants");
            Write(node, null, sb, new List<string>(), path, depth);
        }

        private static void WriteScalar(YamlScalarNode scalar, SchemaNode? schema, ObjectView? view, StringBuilder sb, List<string> misfits, string path)
        {
            string text = scalar.Value ?? string.Empty;
            bool plain = scalar.Style == ScalarStyle.Plain;
            bool isNull = plain && (text == "null" || text == "~" || text.Length == 0);
            string? type = schema == null ? null : EffectiveType(schema, view);

            if (isNull)
            {
                if (schema != null && !schema.Nullable)
                {
                    misfits.Add($"{path} is null but the schema is not nullable");
                }

                sb.Append("null");
                return;
            }

            switch (type)
            {
                case "string":
                    if (schema!.EnumValues.Count > 0 && !schema.EnumValues.Contains(text))
                    {
                        misfits.Add($"{path} is '{text}', which is not one of the schema's enum values");
                    }

                    CheckFormat(text, schema, misfits, path);
                    WriteString(text, sb);
                    return;
                case "integer":
                    if (plain && IntegerPattern.IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
                    {
                        if (schema!.EnumValues.Count > 0 && !schema.EnumValues.Contains(integer.ToString(CultureInfo.InvariantCulture)))
                        {
                            misfits.Add($"{path} is {integer}, which is not one of the schema's enum values");
                        }

                        sb.Append(integer.ToString(CultureInfo.InvariantCulture));
                        return;
                    }

                    misfits.Add($"{path} is '{text}', not an integer");
                    WriteString(text, sb);
                    return;
                case "number":
                    if (plain && FloatPattern.IsMatch(text))
                    {
                        WriteNumber(text, sb);
                        return;
                    }

                    misfits.Add($"{path} is '{text}', not a number");
                    WriteString(text, sb);
                    return;
                case "boolean":
                    if (plain && (text == "true" || text == "false"))
                    {
                        sb.Append(text);
                        return;
                    }

                    misfits.Add($"{path} is '{text}', not a boolean");
                    WriteString(text, sb);
                    return;
                case "object":
                case "array":
                    misfits.Add($"{path} is a scalar but the schema expects {type}");
                    WriteString(text, sb);
                    return;
            }

            // No schema type: the YAML 1.2 core schema.
            if (plain && (text == "true" || text == "false"))
            {
                sb.Append(text);
            }
            else if (plain && FloatPattern.IsMatch(text))
            {
                WriteNumber(text, sb);
            }
            else
            {
                WriteString(text, sb);
            }
        }

        private static void CheckFormat(string text, SchemaNode schema, List<string> misfits, string path)
        {
            if (Normalizer.TypeMapper.IsBase64Bytes(schema) && !IsBase64(text))
            {
                misfits.Add($"{path} is not base64 (it becomes byte[])");
            }

            switch (schema.Format)
            {
                case "uuid" when !Guid.TryParseExact(text, "D", out _):
                    misfits.Add($"{path} is '{text}', not a uuid");
                    break;
                case "uri" when !Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _):
                    misfits.Add($"{path} is '{text}', not a uri");
                    break;
                case "date-time" when !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _):
                    misfits.Add($"{path} is '{text}', not a date-time");
                    break;
            }
        }

        private static bool IsBase64(string text)
        {
            try
            {
                System.Convert.FromBase64String(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static void WriteNumber(string text, StringBuilder sb)
        {
            if (JsonNumberPattern.IsMatch(text))
            {
                sb.Append(text);
                return;
            }

            double value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            sb.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }

        internal static void WriteString(string text, StringBuilder sb)
        {
            sb.Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default:
                        if (c < 0x20)
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
        }

        private static string? EffectiveType(SchemaNode schema, ObjectView? view)
        {
            if (schema.Type != null)
            {
                return schema.Type;
            }

            return view != null && (view.Properties.Count > 0 || schema.AllOf.Count > 0) ? "object" : null;
        }

        internal SchemaNode? Resolve(SchemaNode? schema, int depth)
        {
            while (schema?.Ref != null && depth++ < 32)
            {
                _schemas.TryGetValue(ReferenceChecker.NameOf(schema.Ref), out var target);
                schema = target;
            }

            return schema;
        }

        /// <summary>An object schema's properties with allOf flattened (required lists combined).</summary>
        private sealed class ObjectView
        {
            public Dictionary<string, SchemaNode> Properties { get; } = new Dictionary<string, SchemaNode>();

            public HashSet<string> Required { get; } = new HashSet<string>();

            public SchemaNode? AdditionalProperties { get; private set; }

            public static ObjectView Of(SchemaNode schema, ExampleConverter owner)
            {
                var view = new ObjectView();
                view.Add(schema, owner, 0);
                return view;
            }

            private void Add(SchemaNode? schema, ExampleConverter owner, int depth)
            {
                schema = owner.Resolve(schema, 0);
                if (schema == null || depth > 16)
                {
                    return;
                }

                foreach (var p in schema.Properties)
                {
                    Properties[p.Name] = p.Schema;
                }

                foreach (var r in schema.Required)
                {
                    Required.Add(r);
                }

                AdditionalProperties ??= schema.AdditionalProperties;
                foreach (var part in schema.AllOf)
                {
                    Add(part, owner, depth + 1);
                }
            }
        }
    }
}
