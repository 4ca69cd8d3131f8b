namespace Seedance.Contracts.Generators.Model
{
    /// <summary>How the API authenticates: "apiKeyHeader" (with the header name), "bearer" or "none".</summary>
    internal sealed record SecurityNode(string Kind, string? HeaderName);

    /// <summary>One spec file read into the OpenAPI subset the generator understands (cached per file).</summary>
    internal sealed record SpecDocument(
        string FilePath,
        SpecOptions Options,
        string? Title,
        string? ServerUrl,
        SecurityNode Security,
        EquatableArray<NamedSchema> Schemas,
        EquatableArray<OperationNode> Operations,
        EquatableArray<DiagnosticInfo> Diagnostics,
        bool IsValid);
}
