using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Seedance.Contracts.Analyzers;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>
    /// SDC004: <c>status == "COMPLETED"</c> becomes
    /// <c>MagnificTaskStatusExtensions.TryParse(status, out var parsedStatus) &amp;&amp; parsedStatus == MagnificTaskStatus.Completed</c>
    /// (negated for <c>!=</c>). Offered for <c>==</c>, <c>!=</c>, <c>Equals</c> without a comparison or with
    /// <c>StringComparison.Ordinal</c>, when the enum has a generated <c>TryParse(string?, out E)</c>.
    /// When the string is <c>status.ToString()</c> or <c>status.ToWireValue()</c>, the enum itself is compared:
    /// <c>status == MagnificTaskStatus.Completed</c> (parsing a ToString() result as a wire value would stay wrong).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RawStringStatusCodeFix)), Shared]
    public sealed class RawStringStatusCodeFix : CodeFixProvider
    {
        private const string BaseName = "parsedStatus";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StatusComparedAsString);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => SequentialFixAll.Create(ApplyAsync);

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var fixedDocument = await ApplyAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (fixedDocument != null && diagnostic.Properties.TryGetValue(StatusDiagnostics.MembersProperty, out var member))
                {
                    var direct = diagnostic.Properties.ContainsKey(StatusDiagnostics.OperandProperty);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            (direct ? "Compare the status with " : "Parse the status and compare with ") + member,
                            _ => Task.FromResult(fixedDocument),
                            diagnostic.Id + (direct ? ".CompareEnum" : ".ParseEnum")),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null
                || !diagnostic.Properties.TryGetValue(StatusDiagnostics.EnumProperty, out var enumName) || enumName == null
                || !diagnostic.Properties.TryGetValue(StatusDiagnostics.MembersProperty, out var memberName) || memberName == null
                || diagnostic.Properties.ContainsKey(StatusDiagnostics.NearMissProperty))
            {
                return null;
            }

            var literal = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as LiteralExpressionSyntax;
            if (literal == null || !TryGetComparison(literal, model, cancellationToken, out var comparison, out var value, out var negated))
            {
                return null;
            }

            var enumType = model.Compilation.GetTypeByMetadataName(enumName);
            if (enumType != null && diagnostic.Properties.ContainsKey(StatusDiagnostics.OperandProperty) && TryGetEnumOperand(value, model, cancellationToken, out var status))
            {
                ExpressionSyntax direct = ParenthesizedExpression(BinaryExpression(
                        negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                        status.WithoutTrivia(),
                        StatusSyntax.MemberAccess(enumType, memberName)))
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                var directDocument = document.WithSyntaxRoot(root.ReplaceNode(comparison, FixFinishing.Annotate(direct).WithTriviaFrom(comparison)));
                return await FixFinishing.FinishAsync(directDocument, cancellationToken).ConfigureAwait(false);
            }

            var extensions = enumType == null ? null : StatusSyntax.ExtensionsClass(model.Compilation, enumType);
            if (enumType == null || extensions == null || !StatusSyntax.HasMethod(extensions, "TryParse", 2)
                || InExpressionTree(comparison, model, cancellationToken))
            {
                return null;
            }

            var name = UniqueName(comparison, model);
            var tryParse = InvocationExpression(
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, StatusSyntax.TypeName(extensions), IdentifierName("TryParse")))
                .WithArgumentList(ArgumentList(SeparatedList(new[]
                {
                    Argument(value.WithoutTrivia()),
                    Argument(DeclarationExpression(IdentifierName("var"), SingleVariableDesignation(Identifier(name))))
                        .WithRefKindKeyword(Token(SyntaxKind.OutKeyword)),
                })));
            ExpressionSyntax replacement = BinaryExpression(
                SyntaxKind.LogicalAndExpression,
                tryParse,
                BinaryExpression(SyntaxKind.EqualsExpression, IdentifierName(name), StatusSyntax.MemberAccess(enumType, memberName)));
            replacement = negated
                ? PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, ParenthesizedExpression(replacement))
                : ParenthesizedExpression(replacement).WithAdditionalAnnotations(Simplifier.Annotation);

            var changed = document.WithSyntaxRoot(root.ReplaceNode(comparison, FixFinishing.Annotate(replacement).WithTriviaFrom(comparison)));
            return await FixFinishing.FinishAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The comparison around the literal and the compared string value.</summary>
        private static bool TryGetComparison(
            LiteralExpressionSyntax literal,
            SemanticModel model,
            CancellationToken cancellationToken,
            out ExpressionSyntax comparison,
            out ExpressionSyntax value,
            out bool negated)
        {
            comparison = null!;
            value = null!;
            negated = false;
            switch (literal.Parent)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    comparison = binary;
                    value = binary.Left == literal ? binary.Right : binary.Left;
                    negated = binary.IsKind(SyntaxKind.NotEqualsExpression);
                    return true;

                case ArgumentSyntax argument when argument.Parent is ArgumentListSyntax list && list.Parent is InvocationExpressionSyntax invocation:
                    if (!(model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method)
                        || method.Name != "Equals" || method.ContainingType.SpecialType != SpecialType.System_String)
                    {
                        return false;
                    }

                    var arguments = list.Arguments;
                    if (method.IsStatic && (arguments.Count == 2 || (arguments.Count == 3 && IsOrdinal(arguments[2].Expression, model, cancellationToken))))
                    {
                        comparison = invocation;
                        value = arguments[0] == argument ? arguments[1].Expression : arguments[0].Expression;
                        return true;
                    }

                    if (!method.IsStatic && (arguments.Count == 1 || (arguments.Count == 2 && IsOrdinal(arguments[1].Expression, model, cancellationToken)))
                        && invocation.Expression is MemberAccessExpressionSyntax access)
                    {
                        comparison = invocation;
                        value = access.Expression;
                        return true;
                    }

                    return false;

                case MemberAccessExpressionSyntax literalReceiver when literalReceiver.Parent is InvocationExpressionSyntax receiverCall
                    && literalReceiver.Name.Identifier.ValueText == "Equals" && receiverCall.ArgumentList.Arguments.Count == 1:
                    comparison = receiverCall;
                    value = receiverCall.ArgumentList.Arguments[0].Expression; // "COMPLETED".Equals(status)
                    return model.GetTypeInfo(value, cancellationToken).Type?.SpecialType == SpecialType.System_String;

                default:
                    return false;
            }
        }

        /// <summary>
        /// The status whose text is compared: <c>x</c> of <c>x.ToString()</c>, <c>x.ToString("G")</c>,
        /// <c>x.ToWireValue()</c>, <c>Enum.GetName(x)</c>; <c>d?.Status</c> of <c>d?.Status.ToString()</c>.
        /// (The analyzer checked the type.)
        /// </summary>
        private static bool TryGetEnumOperand(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, out ExpressionSyntax status)
        {
            status = null!;
            if (value is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull is InvocationExpressionSyntax bound)
            {
                // d?.Status.ToString() -> d?.Status;  s?.ToString() -> s
                if (bound.Expression is MemberAccessExpressionSyntax boundAccess && IsTextCall(boundAccess.Name))
                {
                    status = conditional.WithWhenNotNull(boundAccess.Expression);
                    return true;
                }

                if (bound.Expression is MemberBindingExpressionSyntax binding && IsTextCall(binding.Name))
                {
                    status = conditional.Expression;
                    return true;
                }

                return false;
            }

            if (!(value is InvocationExpressionSyntax call))
            {
                return false;
            }

            if (call.Expression is MemberAccessExpressionSyntax access && IsTextCall(access.Name))
            {
                var receiverType = model.GetTypeInfo(access.Expression, cancellationToken).Type;
                if (receiverType?.SpecialType == SpecialType.System_Enum)
                {
                    // Enum.GetName(x) / Enum.GetName(typeof(E), x): the status is the last argument.
                    var arguments = call.ArgumentList.Arguments;
                    status = arguments.Count == 0 ? null! : arguments[arguments.Count - 1].Expression;
                    return status != null;
                }

                status = access.Expression;
                return true;
            }

            return false;
        }

        private static bool IsTextCall(SimpleNameSyntax name) =>
            name.Identifier.ValueText == "ToString" || name.Identifier.ValueText == "ToWireValue" || name.Identifier.ValueText == "GetName";

        /// <summary>A lambda converted to <c>Expression&lt;T&gt;</c> cannot hold the <c>out var</c> of TryParse.</summary>
        private static bool InExpressionTree(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var lambda in node.Ancestors())
            {
                if (lambda is LambdaExpressionSyntax
                    && model.GetTypeInfo(lambda, cancellationToken).ConvertedType is INamedTypeSymbol converted
                    && converted.Name == "Expression" && converted.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Case-insensitive comparisons are left alone: the generated TryParse is exact (ordinal).</summary>
        private static bool IsOrdinal(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
            model.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol field
            && field.Name == "Ordinal" && field.ContainingType.Name == "StringComparison";

        /// <summary>parsedStatus, parsedStatus2, …: free in scope and among the member's other declarations.</summary>
        private static string UniqueName(SyntaxNode at, SemanticModel model)
        {
            var taken = new HashSet<string>();
            foreach (var symbol in model.LookupSymbols(at.SpanStart))
            {
                taken.Add(symbol.Name);
            }

            var member = (SyntaxNode?)at.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? at.SyntaxTree.GetRoot();
            foreach (var token in member.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    taken.Add(token.ValueText);
                }
            }

            var name = BaseName;
            for (var i = 2; taken.Contains(name); i++)
            {
                name = BaseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }
    }
}
