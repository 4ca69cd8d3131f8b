using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// What every status analyzer shares: concurrent, generated code not analysed, and the status types of the
    /// compilation found once, on the first operation the compiler hands to any of them.
    /// </summary>
    public abstract class StatusAnalyzerBase : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Without Analyze the driver never runs our actions in generated files or [GeneratedCode] members.
            // ReportDiagnostics is set because every diagnostic we report sits inside the operation being analysed,
            // so it cannot land in generated code; without it the driver re-checks each reported diagnostic, and
            // the first report in a file pays for a walk over every token of that file. (Members that contain a
            // `#line hidden` region are not analysed either: the driver treats them as generated.)
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start => Register(start, StatusCatalogCache.Get(start.Compilation, start.Options)));
        }

        /// <summary>Registers the rule's operation actions, each wrapped in <see cref="WhenStatusTypes"/>.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, Lazy<StatusTypeCatalog?> catalog);

        /// <summary>
        /// Runs <paramref name="rule"/> only when the compilation has status types: one read of the shared catalog,
        /// which is null for a compilation without any.
        /// </summary>
        private protected static Action<OperationAnalysisContext> WhenStatusTypes(Lazy<StatusTypeCatalog?> catalog, Action<OperationAnalysisContext, StatusTypeCatalog> rule) =>
            context =>
            {
                var value = catalog.Value;
                if (value == null)
                {
                    return;
                }

                rule(context, value);
            };
    }
}
