using System.Collections.Generic;
using System.Linq;
using Seedance.Contracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>Reads OpenAPI schema objects into <see cref="SchemaNode"/>s, checking local $refs.</summary>
    internal sealed class SchemaReader
    {
        private static readonly HashSet<string> IgnoredKeys = new HashSet<string>
        {
            "example", "examples", "readOnly", "writeOnly", "deprecated", "xml", "externalDocs",
            "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems", "minProperties", "maxProperties",
        };

        private readonly SpecTextMap _map;
        private readonly ReferenceChecker _refs;

        public SchemaReader(SpecTextMap map, ReferenceChecker refs)
        {
            _map = map;
            _refs = refs;
        }

        public SchemaNode Read(YamlNode node)
        {
            var location = _map.Locate(node.Start, node.End);
            if (node is not YamlMappingNode map)
            {
                // `schema: {}`-less forms (a bare scalar) carry no type: treated as free-form JSON.
                return new SchemaNode { Location = location };
            }

            string? reference = map.GetString("$ref");
            if (reference != null)
            {
                _refs.Check(reference, "schemas", map.Get("$ref")!);
                return new SchemaNode { Ref = reference, Location = location };
            }

            var unsupported = new List<string>();
            string? type = null;
            bool nullable = map.GetBool("nullable");
            var typeNode = map.Get("type");
            if (typeNode is YamlScalarNode typeScalar)
            {
                type = typeScalar.Value;
            }
            else if (typeNode is YamlSequenceNode typeList)
            {
                // OpenAPI 3.1 style type lists: take the non-null member, "null" makes it nullable.
                foreach (var t in typeList.Children.OfType<YamlScalarNode>())
                {
                    if (t.Value == "null")
                    {
                        nullable = true;
                    }
                    else
                    {
                        type ??= t.Value;
                    }
                }
            }

            if (map.Get("discriminator") != null)
            {
                unsupported.Add("discriminator (the oneOf/anyOf is generated as a union without discriminator dispatch)");
            }

            if (map.Get("not") != null)
            {
                unsupported.Add("'not' schema (ignored)");
            }

            var properties = new List<PropertyNode>();
            if (map.GetMap("properties") is { } props)
            {
                foreach (var entry in props.Entries())
                {
                    properties.Add(new PropertyNode(entry.Key, Read(entry.Value)));
                }
            }

            SchemaNode? additional = null;
            bool forbidden = false;
            var additionalNode = map.Get("additionalProperties");
            if (additionalNode is YamlMappingNode additionalMap)
            {
                additional = Read(additionalMap);
            }
            else if (additionalNode is YamlScalarNode additionalScalar && additionalScalar.Value == "false")
            {
                forbidden = true;
            }

            return new SchemaNode
            {
                Type = type,
                Format = map.GetString("format"),
                Nullable = nullable,
                EnumValues = ReadScalarList(map.GetSequence("enum")),
                Properties = properties.ToEquatableArray(),
                Required = ReadScalarList(map.GetSequence("required")),
                Items = map.Get("items") is { } items ? Read(items) : null,
                AllOf = ReadList(map.GetSequence("allOf")),
                OneOf = ReadList(map.GetSequence("oneOf")),
                AnyOf = ReadList(map.GetSequence("anyOf")),
                AdditionalProperties = additional,
                AdditionalPropertiesForbidden = forbidden,
                Description = map.GetString("description"),
                Title = map.GetString("title"),
                Default = map.GetString("default"),
                Minimum = map.GetString("minimum"),
                Maximum = map.GetString("maximum"),
                MinLength = map.GetString("minLength"),
                MaxLength = map.GetString("maxLength"),
                Pattern = map.GetString("pattern"),
                MinItems = map.GetString("minItems"),
                MaxItems = map.GetString("maxItems"),
                Unsupported = unsupported.ToEquatableArray(),
                Location = location,
            };
        }

        private EquatableArray<SchemaNode> ReadList(YamlSequenceNode? list) =>
            list == null ? EquatableArray<SchemaNode>.Empty : list.Children.Select(Read).ToEquatableArray();

        private static EquatableArray<string> ReadScalarList(YamlSequenceNode? list) =>
            list == null
                ? EquatableArray<string>.Empty
                : list.Children.OfType<YamlScalarNode>().Where(s => s.Value != null && !IsNullScalar(s)).Select(s => s.Value!).ToEquatableArray();

        private static bool IsNullScalar(YamlScalarNode s) =>
            s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value == "null" || s.Value == "~" || s.Value == string.Empty);
    }
}
