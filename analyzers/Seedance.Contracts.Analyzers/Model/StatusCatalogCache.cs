using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>
    /// One <see cref="StatusTypeCatalog"/> per compilation, shared by the three analyzer types: finding the status
    /// types scans the compilation's namespaces, which should happen once per build, not once per rule family.
    /// Weakly keyed, so nothing outlives the compilation.
    /// </summary>
    internal static class StatusCatalogCache
    {
        private static readonly ConditionalWeakTable<Compilation, Entry> Entries = new ConditionalWeakTable<Compilation, Entry>();

        /// <summary>Returns null when the compilation has no status type (the caller then registers nothing).</summary>
        public static StatusTypeCatalog? Get(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            var options = StatusAnalyzerOptions.From(analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions);
            var entry = Entries.GetValue(compilation, c => new Entry(options, StatusTypeCatalog.Create(c, options)));

            // The same compilation analysed again with other options (tests, IDE): build a fresh one, do not cache.
            return entry.Options.SameAs(options) ? entry.Catalog : StatusTypeCatalog.Create(compilation, options);
        }

        private sealed class Entry
        {
            public Entry(StatusAnalyzerOptions options, StatusTypeCatalog? catalog)
            {
                Options = options;
                Catalog = catalog;
            }

            public StatusAnalyzerOptions Options { get; }

            public StatusTypeCatalog? Catalog { get; }
        }
    }
}
