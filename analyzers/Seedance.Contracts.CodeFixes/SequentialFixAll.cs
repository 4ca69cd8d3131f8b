using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>
    /// Fix-all that applies the single fix once per diagnostic, last position first, each time on the updated
    /// document: fixes on the same switch or scope then see each other (no duplicate arms, no clashing names),
    /// and earlier diagnostic positions stay valid because only text after them has changed.
    /// </summary>
    internal static class SequentialFixAll
    {
        public static FixAllProvider Create(Func<Document, Diagnostic, CancellationToken, Task<Document?>> fix) =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var current = document;
                foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
                {
                    var updated = await fix(current, diagnostic, context.CancellationToken).ConfigureAwait(false);
                    if (updated != null)
                    {
                        current = updated;
                    }
                }

                return current;
            });
    }
}
