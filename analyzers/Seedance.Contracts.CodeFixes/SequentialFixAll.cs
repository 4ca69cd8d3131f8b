using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>
    /// Fix-all that applies the single fix once per diagnostic, in document order, each time on the updated
    /// document, so fixes see each other (no duplicate arms, no clashing names) and the result equals fixing one
    /// diagnostic after another. Each diagnostic's token is annotated first and found again after earlier edits.
    /// </summary>
    internal static class SequentialFixAll
    {
        public static FixAllProvider Create(Func<Document, Diagnostic, CancellationToken, Task<Document?>> fix) =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null)
                {
                    return document;
                }

                var ordered = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
                var markers = new List<(Diagnostic Diagnostic, SyntaxAnnotation Marker)>();
                var tokens = new Dictionary<SyntaxToken, SyntaxAnnotation>();
                foreach (var diagnostic in ordered)
                {
                    var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
                    if (!tokens.TryGetValue(token, out var marker))
                    {
                        marker = new SyntaxAnnotation("SeedanceFixAll");
                        tokens.Add(token, marker);
                    }

                    markers.Add((diagnostic, marker));
                }

                var current = document.WithSyntaxRoot(root.ReplaceTokens(tokens.Keys, (original, _) => original.WithAdditionalAnnotations(tokens[original])));
                foreach (var (diagnostic, marker) in markers)
                {
                    var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                    var token = currentRoot?.GetAnnotatedTokens(marker).FirstOrDefault() ?? default;
                    if (currentRoot == null || token == default)
                    {
                        continue;
                    }

                    var offset = diagnostic.Location.SourceSpan.Start - root.FindToken(diagnostic.Location.SourceSpan.Start).SpanStart;
                    var span = new TextSpan(token.SpanStart + offset, diagnostic.Location.SourceSpan.Length);
                    var moved = Diagnostic.Create(
                        diagnostic.Descriptor,
                        Location.Create(currentRoot.SyntaxTree, span),
                        diagnostic.Severity,
                        diagnostic.AdditionalLocations,
                        diagnostic.Properties);
                    var updated = await fix(current, moved, context.CancellationToken).ConfigureAwait(false);
                    if (updated != null)
                    {
                        current = updated;
                    }
                }

                return current;
            });
    }
}
