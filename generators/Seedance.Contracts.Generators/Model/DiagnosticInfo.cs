namespace Seedance.Contracts.Generators.Model
{
    /// <summary>A position in a spec file (0-based line and column, as Roslyn's LinePosition).</summary>
    internal sealed record SpecLocation(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn);

    /// <summary>
    /// An equatable stand-in for a Diagnostic: Diagnostic and Location have no usable equality and hold
    /// on to syntax trees, so the pipeline carries this and builds the Diagnostic in the output step.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, SpecLocation? Location, EquatableArray<string> Args, SpecLocation? AdditionalLocation = null);
}
