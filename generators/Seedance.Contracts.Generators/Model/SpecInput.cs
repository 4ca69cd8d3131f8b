namespace Seedance.Contracts.Generators.Model
{
    /// <summary>The per-spec options from the SeedanceSpec item (all optional).</summary>
    internal sealed record SpecOptions(
        string? Namespace,
        string? ClientName,
        string? Visibility,
        string? Operations,
        string? Prefix,
        string? RootNamespace,
        string? StatusSuccess = null,
        string? StatusFailure = null,
        string? NotStatusEnums = null);

    /// <summary>The text of one opted-in spec file: the output of the pipeline's first step.</summary>
    internal sealed record SpecInput(string FilePath, string Text, SpecOptions Options);
}
