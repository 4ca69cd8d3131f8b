using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Loops;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>Reports polling loops that stop on a success status but never check for failure (SDC003).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PollingLoopAnalyzer : StatusAnalyzerBase
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            StatusDiagnostics.PollingLoopIgnoresFailure);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext context, Lazy<StatusTypeCatalog?> catalog)
        {
            context.RegisterOperationAction(WhenStatusTypes(catalog, PollingLoopRule.Analyze), OperationKind.Loop);
        }
    }
}
