using Microsoft.CodeAnalysis;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>The same status-type catalog the analyzer builds, from the project's compilation and global options.</summary>
    internal static class FixCatalog
    {
        public static StatusTypeCatalog? Create(Document document, Compilation compilation)
        {
            var options = StatusAnalyzerOptions.From(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions);
            return StatusTypeCatalog.Create(compilation, options);
        }
    }
}
