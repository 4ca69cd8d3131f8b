namespace Seedance.Contracts.Generators.Model
{
    /// <summary>
    /// One OpenAPI schema as written in the spec (before $ref resolution). Scalars stay strings: the
    /// normalizer types them by the schema, never by YAML 1.1 rules.
    /// </summary>
    internal sealed record SchemaNode
    {
        public string? Ref { get; init; }
        public string? Type { get; init; }
        public string? Format { get; init; }
        public bool Nullable { get; init; }
        public EquatableArray<string> EnumValues { get; init; } = EquatableArray<string>.Empty;
        public EquatableArray<PropertyNode> Properties { get; init; } = EquatableArray<PropertyNode>.Empty;
        public EquatableArray<string> Required { get; init; } = EquatableArray<string>.Empty;
        public SchemaNode? Items { get; init; }
        public EquatableArray<SchemaNode> AllOf { get; init; } = EquatableArray<SchemaNode>.Empty;
        public EquatableArray<SchemaNode> OneOf { get; init; } = EquatableArray<SchemaNode>.Empty;
        public EquatableArray<SchemaNode> AnyOf { get; init; } = EquatableArray<SchemaNode>.Empty;

        /// <summary>Schema of additionalProperties when it is a schema; null when absent or boolean.</summary>
        public SchemaNode? AdditionalProperties { get; init; }

        /// <summary>True when additionalProperties is given as <c>false</c>.</summary>
        public bool AdditionalPropertiesForbidden { get; init; }

        public string? Description { get; init; }
        public string? Title { get; init; }
        public string? Default { get; init; }
        public string? Minimum { get; init; }
        public string? Maximum { get; init; }
        public string? MinLength { get; init; }
        public string? MaxLength { get; init; }
        public string? Pattern { get; init; }
        public string? MinItems { get; init; }
        public string? MaxItems { get; init; }

        /// <summary>Constructs the reader saw but the generator does not support (named for SDG005).</summary>
        public EquatableArray<string> Unsupported { get; init; } = EquatableArray<string>.Empty;

        public SpecLocation? Location { get; init; }
    }

    internal sealed record PropertyNode(string Name, SchemaNode Schema);

    internal sealed record NamedSchema(string Name, SchemaNode Schema);
}
