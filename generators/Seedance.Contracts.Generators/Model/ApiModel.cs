namespace Seedance.Contracts.Generators.Model
{
    /// <summary>Kinds of C# type the generator maps schemas to.</summary>
    internal enum CsTypeKind
    {
        Primitive,
        Model,
        Enum,
        Union,
        List,
        Dictionary,
    }

    /// <summary>
    /// A C# type reference. Primitive names are the BCL short names (String, Int32, Int64, Boolean,
    /// Double, Single, Guid, Uri, DateTimeOffset, ByteArray, JsonElement); generated types carry their name.
    /// </summary>
    internal sealed record CsType(CsTypeKind Kind, string Name, CsType? Element, bool Nullable)
    {
        public static CsType Primitive(string name) => new CsType(CsTypeKind.Primitive, name, null, false);

        public CsType AsNullable() => this with { Nullable = true };

        public CsType AsNonNullable() => this with { Nullable = false };
    }

    internal sealed record PropertyModel(
        string WireName,
        string Name,
        CsType Type,
        bool Required,
        string? Documentation);

    internal sealed record ObjectModel(string Name, string? Documentation, EquatableArray<PropertyModel> Properties);

    /// <summary>Kind is one of TaskStatusKind's names (Pending, Succeeded, Failed, Unknown) for status enums.</summary>
    internal sealed record EnumMemberModel(string Name, string WireValue, long IntegerValue, string? StatusKind);

    internal sealed record EnumModel(
        string Name,
        string? Documentation,
        bool IsInteger,
        bool IsStatus,
        EquatableArray<EnumMemberModel> Members);

    internal sealed record UnionVariantModel(string Name, CsType Type);

    internal sealed record UnionModel(string Name, string? Documentation, EquatableArray<UnionVariantModel> Variants);

    /// <summary>Location is "path", "query" (header parameters the runtime owns are dropped earlier).</summary>
    internal sealed record OperationParameterModel(string WireName, string Name, string In, CsType Type, bool Required, string? Documentation);

    /// <summary>A request body: JSON (typed) or form (fields taken from the model's properties).</summary>
    internal sealed record RequestBodyModel(CsType Type, bool IsForm, bool Required, string? Documentation);

    /// <summary>How the wait helper reaches the status: through a <c>{data}</c> envelope or directly.</summary>
    internal sealed record TaskWaitModel(string MethodName, CsType DetailType, string? EnvelopeProperty, string StatusProperty, string StatusEnum, string TaskIdParameter);

    internal sealed record OperationModel(
        string OperationId,
        string MethodName,
        string HttpMethod,
        string Path,
        string? Documentation,
        EquatableArray<OperationParameterModel> Parameters,
        RequestBodyModel? Body,
        CsType ResponseType,
        TaskWaitModel? Wait);

    /// <summary>A named spec example; TypedAccessor/Type are set only when it fits its schema.</summary>
    internal sealed record ExampleModel(
        string OperationId,
        int StatusCode,
        string MediaType,
        string Name,
        string? Summary,
        string Json,
        string? TypedAccessor,
        CsType? Type);

    /// <summary>Everything one (namespace, client) group emits; the output of the merge/normalize step.</summary>
    internal sealed record ApiModel(
        string Namespace,
        bool IsPublic,
        string ClientName,
        string Prefix,
        string HintPrefix,
        string? ServerUrl,
        SecurityNode Security,
        EquatableArray<ObjectModel> Objects,
        EquatableArray<EnumModel> Enums,
        EquatableArray<UnionModel> Unions,
        EquatableArray<OperationModel> Operations,
        EquatableArray<ExampleModel> Examples,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public string JsonContextName => Prefix + "JsonContext";

        public string OptionsName => ClientName + "Options";

        public string ExamplesName => Prefix + "Examples";

        public string Accessibility => IsPublic ? "public" : "internal";
    }
}

namespace Seedance.Contracts.Generators.Model
{
    /// <summary>What the merge step hands the emit step: the API, or only diagnostics when it failed.</summary>
    internal sealed record GroupOutput(ApiModel? Api, EquatableArray<DiagnosticInfo> Diagnostics);
}
