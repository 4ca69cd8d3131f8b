using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// Maps schemas to C# types and builds the object, enum and union models they need. Types follow
    /// the data: int vs long from format and bounds, uuid/uri/date-time to Guid/Uri/DateTimeOffset,
    /// "URL or base64" byte strings stay string; optional properties are nullable.
    /// </summary>
    internal sealed class TypeMapper
    {
        private readonly TypeNameRegistry _names;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, CsType> _components = new Dictionary<string, CsType>();
        private readonly HashSet<SpecLocation> _reportedUnsupported = new HashSet<SpecLocation>();

        public TypeMapper(TypeNameRegistry names, List<DiagnosticInfo> diagnostics)
        {
            _names = names;
            _diagnostics = diagnostics;
        }

        public List<ObjectModel> Objects { get; } = new List<ObjectModel>();

        public List<EnumModel> Enums { get; } = new List<EnumModel>();

        public List<UnionModel> Unions { get; } = new List<UnionModel>();

        public static CsType JsonElement => CsType.Primitive("JsonElement");

        /// <summary>The type of component schema <paramref name="name"/> of document <paramref name="doc"/>.</summary>
        public CsType MapComponent(DocumentContext doc, string name)
        {
            string key = doc.Index.ToString(CultureInfo.InvariantCulture) + "/" + name;
            if (_components.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!doc.Schemas.TryGetValue(name, out var schema))
            {
                return JsonElement;
            }

            // Placeholder against reference cycles; replaced below once the real type is known.
            _components[key] = JsonElement;
            var type = Map(doc, schema, BaseNameOf(doc, name), name, key);
            _components[key] = type;
            return type;
        }

        /// <summary>The unprefixed clean name of a component (used as the owner of its inline types).</summary>
        public static string BaseNameOf(DocumentContext doc, string componentName) =>
            doc.Schemas.TryGetValue(componentName, out var schema) ? SchemaNames.Clean(componentName, schema, doc.Schemas) : Naming.Pascal(componentName);

        /// <summary>Maps a schema (inline or component) to a non-nullable type; <paramref name="baseName"/> names new types.</summary>
        public CsType Map(DocumentContext doc, SchemaNode schema, string baseName, string? source = null, string? memoKey = null)
        {
            ReportUnsupported(schema);
            if (schema.Ref != null)
            {
                if (!schema.Ref.StartsWith("#/components/schemas/", System.StringComparison.Ordinal))
                {
                    return JsonElement;
                }

                return MapComponent(doc, Reader.ReferenceChecker.NameOf(schema.Ref));
            }

            source ??= baseName;
            if (schema.EnumValues.Count > 0 && (schema.Type == "string" || schema.Type == "integer" || schema.Type == null))
            {
                return MapEnum(doc, schema, baseName, source);
            }

            if (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0)
            {
                return MapUnion(doc, schema, baseName, source, memoKey);
            }

            bool objectLike = schema.Properties.Count > 0 || schema.AllOf.Count > 0 || schema.Type == "object";
            if (objectLike)
            {
                if (schema.Properties.Count == 0 && schema.AllOf.Count == 1)
                {
                    return Map(doc, schema.AllOf[0], baseName);
                }

                if (schema.Properties.Count == 0 && schema.AllOf.Count == 0)
                {
                    return schema.AdditionalProperties != null
                        ? new CsType(CsTypeKind.Dictionary, "Dictionary", Map(doc, schema.AdditionalProperties, baseName + "Value"), false)
                        : JsonElement;
                }

                return MapObject(doc, schema, baseName, source, memoKey);
            }

            switch (schema.Type)
            {
                case "array":
                    var element = schema.Items == null ? JsonElement : Map(doc, schema.Items, baseName + "Item");
                    return new CsType(CsTypeKind.List, "List", element, false);
                case "string":
                    return CsType.Primitive(StringType(schema));
                case "integer":
                    return CsType.Primitive(IntegerType(schema));
                case "number":
                    return CsType.Primitive(schema.Format == "float" ? "Single" : "Double");
                case "boolean":
                    return CsType.Primitive("Boolean");
                default:
                    return JsonElement;
            }
        }

        /// <summary>Whether a property of this schema may hold JSON null (nullable: true, also through a $ref).</summary>
        public static bool IsNullable(DocumentContext doc, SchemaNode schema) => schema.Nullable || (doc.Resolve(schema)?.Nullable ?? false);

        private CsType MapObject(DocumentContext doc, SchemaNode schema, string baseName, string source, string? memoKey)
        {
            var (name, isNew) = _names.Register(baseName, "object:" + ShapeKey.Of(schema), source, schema.Location);
            var type = new CsType(CsTypeKind.Model, name, null, false);
            if (memoKey != null)
            {
                _components[memoKey] = type;
            }

            if (!isNew)
            {
                return type;
            }

            var flattened = new List<(PropertyNode Property, string Owner, DocumentContext Doc)>();
            var required = new HashSet<string>();
            Flatten(doc, schema, baseName, flattened, required, 0);

            var usedNames = new HashSet<string> { name, "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize" };
            var properties = new List<PropertyModel>();
            foreach (var (property, owner, ownerDoc) in flattened)
            {
                string pascal = Naming.Identifier(Naming.Pascal(property.Name), "_", "Value");
                string propertyName = usedNames.Contains(pascal) ? Naming.Unique(pascal + "Value", usedNames) : Naming.Unique(pascal, usedNames);
                var propertyType = Map(ownerDoc, property.Schema, owner + Naming.Pascal(property.Name));
                bool isRequired = required.Contains(property.Name);
                if (!isRequired || IsNullable(ownerDoc, property.Schema))
                {
                    propertyType = propertyType.AsNullable();
                }

                properties.Add(new PropertyModel(property.Name, propertyName, propertyType, isRequired, Documentation.ForSchema(ownerDoc.Resolve(property.Schema) is { } resolved && property.Schema.Description == null ? resolved : property.Schema)));
            }

            Objects.Add(new ObjectModel(name, Documentation.ForSchema(schema), properties.ToEquatableArray()));
            return type;
        }

        /// <summary>allOf flattened into one property list; required lists combine (the composite's own included).</summary>
        private void Flatten(DocumentContext doc, SchemaNode? schema, string owner, List<(PropertyNode, string, DocumentContext)> into, HashSet<string> required, int depth)
        {
            if (schema == null || depth > 16)
            {
                return;
            }

            if (schema.Ref != null)
            {
                string target = Reader.ReferenceChecker.NameOf(schema.Ref);
                if (doc.Schemas.TryGetValue(target, out var resolved))
                {
                    Flatten(doc, resolved, BaseNameOf(doc, target), into, required, depth + 1);
                }

                return;
            }

            foreach (var part in schema.AllOf)
            {
                Flatten(doc, part, owner, into, required, depth + 1);
            }

            foreach (var property in schema.Properties)
            {
                int existing = into.FindIndex(p => p.Item1.Name == property.Name);
                if (existing >= 0)
                {
                    into[existing] = (property, owner, doc);
                }
                else
                {
                    into.Add((property, owner, doc));
                }
            }

            foreach (string r in schema.Required)
            {
                required.Add(r);
            }
        }

        private CsType MapEnum(DocumentContext doc, SchemaNode schema, string baseName, string source)
        {
            bool isInteger = schema.Type == "integer";
            var (name, isNew) = _names.Register(baseName, "enum:" + ShapeKey.Of(schema), source, schema.Location);
            if (isNew)
            {
                // The generated name, the unprefixed one and the schema's own name all select an enum in NotStatusEnums.
                var names = new[] { name, baseName, source };
                doc.MatchedNotStatusEnums.UnionWith(names.Where(doc.Status.NotStatusEnums.Contains));
                bool isStatus = !isInteger && doc.Status.IsStatusEnum(names, schema.EnumValues);
                var used = new HashSet<string>();
                var members = new List<EnumMemberModel>();
                if (isStatus)
                {
                    used.Add("Unknown");
                    members.Add(new EnumMemberModel("Unknown", string.Empty, 0, "Unknown"));
                }

                long ordinal = isStatus ? 1 : 0;
                foreach (string value in schema.EnumValues.Distinct())
                {
                    string member = Naming.Identifier(Naming.Pascal(value), "Value", "Empty");
                    member = used.Contains(member) ? Naming.Unique(member + "Value", used) : Naming.Unique(member, used);
                    long integer = isInteger && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed) ? parsed : ordinal;
                    members.Add(new EnumMemberModel(member, value, integer, isStatus ? doc.Status.KindOf(value) : null));
                    ordinal++;
                }

                Enums.Add(new EnumModel(name, Documentation.ForSchema(schema), isInteger, isStatus, members.ToEquatableArray()));
            }

            return new CsType(CsTypeKind.Enum, name, null, false);
        }

        private CsType MapUnion(DocumentContext doc, SchemaNode schema, string baseName, string source, string? memoKey)
        {
            var variants = schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf;
            var types = new List<CsType>();
            for (int i = 0; i < variants.Count; i++)
            {
                var t = Map(doc, variants[i], baseName + "Variant" + (i + 1).ToString(CultureInfo.InvariantCulture));
                if (!types.Contains(t))
                {
                    types.Add(t);
                }
            }

            // oneOf [string/byte, string/uri, ...] that all land on one C# type is just that type.
            if (types.Count == 1)
            {
                return types[0];
            }

            var (name, isNew) = _names.Register(baseName, "union:" + ShapeKey.Of(schema), source, schema.Location);
            var type = new CsType(CsTypeKind.Union, name, null, false);
            if (memoKey != null)
            {
                _components[memoKey] = type;
            }

            if (isNew)
            {
                var used = new HashSet<string>();
                var models = types.Select(t => new UnionVariantModel(Naming.Unique(VariantName(t), used), t)).ToEquatableArray();
                Unions.Add(new UnionModel(name, Documentation.ForSchema(schema), models));
            }

            return type;
        }

        private static string VariantName(CsType type) =>
            type.Kind == CsTypeKind.List ? VariantName(type.Element!) + "List"
            : type.Kind == CsTypeKind.Dictionary ? VariantName(type.Element!) + "Map"
            : type.Name;

        /// <summary>
        /// Whether a <c>format: byte</c> string becomes <c>byte[]</c>. Docs often say "a URL or a base64-encoded
        /// image": such values are not always base64, so they keep the text.
        /// </summary>
        internal static bool IsBase64Bytes(SchemaNode schema) =>
            schema.Format == "byte"
            && (schema.Description == null || schema.Description.IndexOf("url", System.StringComparison.OrdinalIgnoreCase) < 0);

        private static string StringType(SchemaNode schema)
        {
            switch (schema.Format)
            {
                case "uuid": return "Guid";
                case "uri": return "Uri";
                case "date-time": return "DateTimeOffset";
                case "byte":
                    return IsBase64Bytes(schema) ? "ByteArray" : "String";
                default: return "String";
            }
        }

        private static string IntegerType(SchemaNode schema)
        {
            if (schema.Format == "int64")
            {
                return "Int64";
            }

            if (schema.Format == "int32")
            {
                return "Int32";
            }

            return OutsideInt32(schema.Minimum) || OutsideInt32(schema.Maximum) ? "Int64" : "Int32";
        }

        private static bool OutsideInt32(string? bound) =>
            bound != null && decimal.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            && (value > int.MaxValue || value < int.MinValue);

        private void ReportUnsupported(SchemaNode schema)
        {
            if (schema.Unsupported.Count == 0 || schema.Location == null || !_reportedUnsupported.Add(schema.Location))
            {
                return;
            }

            foreach (string what in schema.Unsupported)
            {
                _diagnostics.Add(new DiagnosticInfo("SDG005", schema.Location, new[] { what }.ToEquatableArray()));
            }
        }
    }
}
