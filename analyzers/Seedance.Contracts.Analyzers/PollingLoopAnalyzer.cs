using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Loops;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>Reports polling loops that stop on a success status but never check for failure (SDC003).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PollingLoopAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            StatusDiagnostics.PollingLoopIgnoresFailure);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var catalog = StatusCatalogCache.Get(context.Compilation, context.Options);
            if (catalog == null)
            {
                return;
            }

            context.RegisterOperationAction(c => PollingLoopRule.Analyze(c, catalog), OperationKind.Loop);
        }
    }
}
