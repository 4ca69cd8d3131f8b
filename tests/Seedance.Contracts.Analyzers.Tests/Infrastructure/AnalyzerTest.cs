using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Seedance.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>Runs all status analyzers (<see cref="AllStatusAnalyzers"/>) over test code with the status types in source or metadata.</summary>
internal static class AnalyzerTest
{
    public static DiagnosticResult Diagnostic(string id) => AllStatusAnalyzers.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, StatusLocation.Source, null, expected);

    public static Task VerifyAsync(string source, StatusLocation statusLocation, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new StatusAnalyzerTest
        {
            TestCode = source,
            ReferenceAssemblies = References.None,
        };
        Configure(test.TestState, statusLocation, globalConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static void Configure(SolutionState state, StatusLocation statusLocation, string? globalConfig)
    {
        state.AdditionalReferences.AddRange(References.Net);
        switch (statusLocation)
        {
            case StatusLocation.Source:
                state.Sources.Add(("/0/StatusTypes.cs", StatusSources.All));
                break;
            case StatusLocation.Metadata:
                state.AdditionalReferences.Add(References.StatusMetadata);
                break;
        }

        if (globalConfig != null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }
    }
}

internal enum StatusLocation
{
    /// <summary>Attributes and enum in a source file of the compilation under test.</summary>
    Source,

    /// <summary>Attributes and enum in a referenced assembly.</summary>
    Metadata,

    /// <summary>No status type at all.</summary>
    None,
}
