using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Switches;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// Reports switches over a task status that do not name a failure member (SDC001) or miss other members
    /// without a default (SDC002).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SwitchStatusAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            StatusDiagnostics.UnhandledFailureStatus,
            StatusDiagnostics.UnhandledOtherStatus);

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
                return; // no status type anywhere: nothing to check, nothing registered
            }

            context.RegisterOperationAction(c => SwitchRule.Analyze(c, catalog), OperationKind.Switch, OperationKind.SwitchExpression);
        }
    }
}
