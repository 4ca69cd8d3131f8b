using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Seedance.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>Runs a fix (single, and fix-all in document/project/solution, which the framework checks) on test code.</summary>
internal static class CodeFixTest<TFix>
    where TFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        VerifyAsync(source, fixedSource, null, expected);

    public static Task VerifyAsync(string source, string fixedSource, string? globalConfig, params DiagnosticResult[] expected) =>
        VerifyAsync(source, fixedSource, globalConfig, null, expected);

    public static Task VerifyAsync(string source, string fixedSource, string? globalConfig, DiagnosticResult[]? remaining, params DiagnosticResult[] expected)
    {
        var test = new StatusCodeFixTest<TFix>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = References.None,
        };
        AnalyzerTest.Configure(test.TestState, StatusLocation.Source, globalConfig);
        AnalyzerTest.Configure(test.FixedState, StatusLocation.Source, globalConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        if (remaining != null)
        {
            test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        }

        return test.RunAsync();
    }
}
