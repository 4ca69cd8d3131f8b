using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>Reduces <c>global::</c>-qualified names and formats the nodes a fix added (both annotated).</summary>
    internal static class FixFinishing
    {
        public static async Task<Document> FinishAsync(Document document, CancellationToken cancellationToken)
        {
            var simplified = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(simplified, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        public static T Annotate<T>(T node)
            where T : SyntaxNode =>
            node.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }
}
