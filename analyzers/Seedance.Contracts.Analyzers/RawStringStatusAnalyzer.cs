using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Strings;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// Reports task statuses compared as raw strings (SDC004): <c>==</c>, <c>Equals</c>, <c>is</c> patterns and
    /// switches on a string against a wire value or a near miss of one.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RawStringStatusAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
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
            var catalog = StatusCatalogCache.Get(context.Compilation, context.Options);
            if (catalog == null)
            {
                return;
            }

            context.RegisterOperationAction(c => RawStringRule.AnalyzeStringSwitch(c, catalog), OperationKind.Switch, OperationKind.SwitchExpression);
            context.RegisterOperationAction(
                c => RawStringRule.AnalyzeComparison(c, catalog),
                OperationKind.Binary,
                OperationKind.Invocation,
                OperationKind.IsPattern);
        }
    }
}
