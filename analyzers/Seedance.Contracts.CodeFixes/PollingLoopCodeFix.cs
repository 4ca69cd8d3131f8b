using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using Seedance.Contracts.Analyzers;
using Seedance.Contracts.Analyzers.Loops;
using Seedance.Contracts.Analyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>
    /// SDC003: rewrites the loop condition to wait on <c>!x.IsTerminal()</c> and adds
    /// <c>if (x.IsFailure()) throw …</c> after the loop, so a failed task neither spins nor passes as success.
    /// Offered for <c>while</c>/<c>do</c>/<c>for</c> loops whose condition tests one simple status expression.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PollingLoopCodeFix)), Shared]
    public sealed class PollingLoopCodeFix : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PollingLoopIgnoresFailure);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => SequentialFixAll.Create(ApplyAsync);

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var fixedDocument = await ApplyAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (fixedDocument != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Wait until the status is terminal, then check for failure", _ => Task.FromResult(fixedDocument), diagnostic.Id + ".WaitTerminal"),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return null;
            }

            if (diagnostic.Properties.ContainsKey(StatusDiagnostics.ExitsBeyondSuccessProperty))
            {
                return null; // `while (s is not Completed and not Unknown)`: waiting on IsTerminal() would drop the Unknown exit
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var loop = node.FirstAncestorOrSelf<StatementSyntax>(s => s is WhileStatementSyntax || s is DoStatementSyntax || s is ForStatementSyntax);
            var condition = ConditionOf(loop);
            if (loop == null || condition == null || !(loop.Parent is BlockSyntax))
            {
                return null;
            }

            var catalog = FixCatalog.Create(document, model.Compilation);
            if (catalog == null)
            {
                return null;
            }

            // Keep counters and cancellation checks: only the status test inside `a && b` is rewritten.
            var statusTest = StatusTest(condition, model, catalog, cancellationToken);
            var conditionOperation = model.GetOperation(statusTest, cancellationToken);
            if (conditionOperation == null)
            {
                return null;
            }

            var truth = StatusTruth.Evaluate(conditionOperation, catalog);
            var statusValue = truth.IsValid ? truth.StatusValue : null;
            var enumType = statusValue?.Type as INamedTypeSymbol;
            if (statusValue == null || enumType == null || enumType.TypeKind != TypeKind.Enum || !IsReEvaluable(statusValue, loop))
            {
                return null; // nullable, computed or loop-declared status values: the rewrite would not compile or would re-fetch
            }

            var type = truth.Type;
            var extensions = StatusSyntax.ExtensionsClass(model.Compilation, enumType);
            var status = ((ExpressionSyntax)statusValue.Syntax).WithoutTrivia();
            var newCondition = StatusSyntax.HasMethod(extensions, "IsTerminal", 1)
                ? PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Call(status, enumType, extensions!, "IsTerminal", model, loop.SpanStart))
                : (ExpressionSyntax)IsPatternExpression(status, UnaryPattern(MembersPattern(enumType, type, type.Terminal)));
            var failureTest = StatusSyntax.HasMethod(extensions, "IsFailure", 1)
                ? Call(status, enumType, extensions!, "IsFailure", model, loop.SpanStart)
                : FailureComparison(status, enumType, type);

            var message = InterpolatedStringExpression(Token(SyntaxKind.InterpolatedStringStartToken))
                .AddContents(
                    InterpolatedStringText(Token(TriviaList(), SyntaxKind.InterpolatedStringTextToken, "The task ended with status ", "The task ended with status ", TriviaList())),
                    Interpolation(status),
                    InterpolatedStringText(Token(TriviaList(), SyntaxKind.InterpolatedStringTextToken, ".", ".", TriviaList())));
            var check = FixFinishing.Annotate(IfStatement(
                failureTest,
                Block(ThrowStatement(ObjectCreationExpression(StatusSyntax.TypeName("global::System.InvalidOperationException"))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(message))))))));

            var block = (BlockSyntax)loop.Parent!;
            var rewrittenLoop = loop.ReplaceNode(statusTest, FixFinishing.Annotate(newCondition).WithTriviaFrom(statusTest));
            var index = block.Statements.IndexOf(loop);
            var statements = block.Statements.RemoveAt(index).InsertRange(index, new StatementSyntax[] { rewrittenLoop, check });
            var changed = document.WithSyntaxRoot(root.ReplaceNode(block, block.WithStatements(statements)));
            return await FixFinishing.FinishAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        private static ExpressionSyntax? ConditionOf(StatementSyntax? loop)
        {
            switch (loop)
            {
                case WhileStatementSyntax whileStatement: return whileStatement.Condition;
                case DoStatementSyntax doStatement: return doStatement.Condition;
                case ForStatementSyntax forStatement: return forStatement.Condition;
                default: return null;
            }
        }

        private static ExpressionSyntax StatusTest(ExpressionSyntax condition, SemanticModel model, StatusTypeCatalog catalog, CancellationToken cancellationToken)
        {
            while (true)
            {
                if (condition is ParenthesizedExpressionSyntax parenthesized)
                {
                    condition = parenthesized.Expression;
                    continue;
                }

                if (condition is BinaryExpressionSyntax binary
                    && (binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression)))
                {
                    var left = TestsStatus(binary.Left, model, catalog, cancellationToken);
                    var right = TestsStatus(binary.Right, model, catalog, cancellationToken);
                    if (left != right)
                    {
                        condition = left ? binary.Left : binary.Right;
                        continue;
                    }
                }

                return condition;
            }
        }

        private static bool TestsStatus(ExpressionSyntax expression, SemanticModel model, StatusTypeCatalog catalog, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(expression, cancellationToken);
            return operation != null && StatusTruth.Evaluate(operation, catalog).IsValid;
        }

        /// <summary>
        /// Locals, parameters, fields and property chains on them can be read again after the loop; a local the loop
        /// itself declares (`for (var s = …; …)`, `while (poll() is var s && …)`) is out of scope there.
        /// </summary>
        private static bool IsReEvaluable(IOperation operation, StatementSyntax loop)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    foreach (var reference in local.Local.DeclaringSyntaxReferences)
                    {
                        if (loop.Span.Contains(reference.Span))
                        {
                            return false;
                        }
                    }

                    return true;
                case IParameterReferenceOperation _:
                case IInstanceReferenceOperation _:
                    return true;
                case IFieldReferenceOperation field:
                    return field.Instance == null || IsReEvaluable(field.Instance, loop);
                case IPropertyReferenceOperation property:
                    return property.Arguments.IsEmpty && (property.Instance == null || IsReEvaluable(property.Instance, loop));
                default:
                    return false;
            }
        }

        /// <summary>
        /// <c>s.IsTerminal()</c> where the extension is in scope; otherwise the static call through the fully qualified
        /// extensions class, so the fix compiles without a new <c>using</c>.
        /// </summary>
        private static InvocationExpressionSyntax Call(ExpressionSyntax receiver, ITypeSymbol receiverType, INamedTypeSymbol extensions, string method, SemanticModel model, int position)
        {
            if (!model.LookupSymbols(position, receiverType, method, includeReducedExtensionMethods: true).IsEmpty)
            {
                return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, IdentifierName(method)));
            }

            return InvocationExpression(
                    MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        ParseExpression(extensions.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation),
                        IdentifierName(method)))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(receiver))));
        }

        /// <summary><c>x == E.Failed</c> for one failure member (<c>x is E.Failed</c> would parse as a type test), else a pattern.</summary>
        private static ExpressionSyntax FailureComparison(ExpressionSyntax status, INamedTypeSymbol enumType, StatusType type)
        {
            var failures = new System.Collections.Generic.List<StatusMember>(MemberSet.Enumerate(type.Failure, type));
            return failures.Count == 1
                ? BinaryExpression(SyntaxKind.EqualsExpression, status, StatusSyntax.MemberAccess(enumType, failures[0].Name))
                : IsPatternExpression(status, MembersPattern(enumType, type, type.Failure));
        }

        private static PatternSyntax MembersPattern(INamedTypeSymbol enumType, StatusType type, ulong members)
        {
            PatternSyntax? pattern = null;
            foreach (var member in MemberSet.Enumerate(members, type))
            {
                PatternSyntax constant = ConstantPattern(StatusSyntax.MemberAccess(enumType, member.Name));
                pattern = pattern == null ? constant : BinaryPattern(SyntaxKind.OrPattern, pattern, constant);
            }

            return pattern is BinaryPatternSyntax ? ParenthesizedPattern(pattern) : pattern!;
        }
    }
}
