using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// What every status analyzer shares: concurrent, generated code skipped, the status types resolved once per
    /// compilation, and nothing registered when the compilation has none.
    /// </summary>
    public abstract class StatusAnalyzerBase : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var catalog = StatusCatalogCache.Get(start.Compilation, start.Options);
                if (catalog != null)
                {
                    Register(start, catalog);
                }
            });
        }

        /// <summary>Registers the rule's operation actions for a compilation that has status types.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, StatusTypeCatalog catalog);
    }
}
