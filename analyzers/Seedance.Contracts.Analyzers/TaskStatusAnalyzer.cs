using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Loops;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Strings;
using Seedance.Contracts.Analyzers.Switches;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// Reports unhandled task statuses: switches missing the failure member (SDC001) or other members (SDC002),
    /// polling loops that never check for failure (SDC003) and statuses compared as raw strings (SDC004).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TaskStatusAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            StatusDiagnostics.UnhandledFailureStatus,
            StatusDiagnostics.UnhandledOtherStatus,
            StatusDiagnostics.PollingLoopIgnoresFailure,
            StatusDiagnostics.StatusComparedAsString);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var options = StatusAnalyzerOptions.From(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var catalog = StatusTypeCatalog.Create(context.Compilation, options);
            if (catalog == null)
            {
                return; // no status type anywhere: nothing to check, nothing registered
            }

            context.RegisterOperationAction(
                c =>
                {
                    SwitchRule.Analyze(c, catalog);
                    RawStringRule.AnalyzeStringSwitch(c, catalog);
                },
                OperationKind.Switch,
                OperationKind.SwitchExpression);
            context.RegisterOperationAction(c => PollingLoopRule.Analyze(c, catalog), OperationKind.Loop);
            context.RegisterOperationAction(
                c => RawStringRule.AnalyzeComparison(c, catalog),
                OperationKind.Binary,
                OperationKind.Invocation,
                OperationKind.IsPattern);
        }
    }
}
