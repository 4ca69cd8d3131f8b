using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Seedance.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>
/// The three analyzer types (switches, polling loops, raw strings) run together, as they do in a build, so every
/// test sees exactly the diagnostics a user would, whichever type reports them.
/// </summary>
internal static class AllStatusAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new SwitchStatusAnalyzer(), new PollingLoopAnalyzer(), new RawStringStatusAnalyzer());

    /// <summary>A result for <paramref name="id"/> with the descriptor (and so the default severity) of the analyzer that owns it.</summary>
    public static DiagnosticResult Diagnostic(string id)
    {
        foreach (var analyzer in Create())
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (descriptor.Id == id)
                {
                    return new DiagnosticResult(descriptor);
                }
            }
        }

        throw new ArgumentException("No status analyzer supports " + id, nameof(id));
    }
}

/// <summary>An analyzer test running all status analyzers.</summary>
internal sealed class StatusAnalyzerTest : CSharpAnalyzerTest<SwitchStatusAnalyzer, DefaultVerifier>
{
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllStatusAnalyzers.Create();
}

/// <summary>A code-fix test running all status analyzers (a fix must not create a diagnostic of another rule).</summary>
internal sealed class StatusCodeFixTest<TFix> : CSharpCodeFixTest<SwitchStatusAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllStatusAnalyzers.Create();
}
