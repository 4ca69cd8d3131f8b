namespace Seedance.Contracts.Generators.Model
{
    internal sealed record ParameterNode(string Name, string In, bool Required, SchemaNode Schema, string? Description, SpecLocation? Location);

    /// <summary>A named example, already converted to JSON text (typed by its schema) and checked against it.</summary>
    internal sealed record ExampleNode(string Name, string? Summary, string Json, string? MisfitReason, SpecLocation? Location);

    internal sealed record MediaNode(string MediaType, SchemaNode? Schema, EquatableArray<ExampleNode> Examples);

    internal sealed record ResponseNode(string StatusCode, string? Description, EquatableArray<MediaNode> Content);

    internal sealed record RequestBodyNode(bool Required, string? Description, EquatableArray<MediaNode> Content);

    internal sealed record OperationNode(
        string? OperationId,
        string Method,
        string Path,
        string? Summary,
        string? Description,
        EquatableArray<ParameterNode> Parameters,
        RequestBodyNode? RequestBody,
        EquatableArray<ResponseNode> Responses,
        SpecLocation? Location);
}
