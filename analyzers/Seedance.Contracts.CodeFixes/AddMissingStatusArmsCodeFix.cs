using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Seedance.Contracts.Analyzers;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Switches;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>
    /// SDC001/SDC002: adds one arm (or <c>case</c> section) per missing member, in enum order, each throwing
    /// <c>NotImplementedException("E.Member is not handled")</c>, placed where it is reachable.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingStatusArmsCodeFix)), Shared]
    public sealed class AddMissingStatusArmsCodeFix : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UnhandledFailureStatus, DiagnosticIds.UnhandledOtherStatus);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => SequentialFixAll.Create(ApplyAsync);

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.ContainsKey(StatusDiagnostics.ProjectionProperty)
                    || !diagnostic.Properties.TryGetValue(StatusDiagnostics.MembersProperty, out var members) || members == null)
                {
                    continue; // tuple/property projections: the right arm shape is the author's call
                }

                // Computed up front so that no action is offered when nothing can be added (e.g. `case Failed: goto default;`).
                var fixedDocument = await ApplyAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (fixedDocument == null)
                {
                    continue;
                }

                var title = "Add explicit arms for " + members.Replace(",", ", ");
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(fixedDocument), diagnostic.Id + ".AddArms"),
                    diagnostic);
            }
        }

        private static async Task<Document?> ApplyAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null
                || !diagnostic.Properties.TryGetValue(StatusDiagnostics.MembersProperty, out var names) || names == null)
            {
                return null;
            }

            var switchNode = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (!(switchNode is SwitchStatementSyntax) && !(switchNode is SwitchExpressionSyntax))
            {
                return null;
            }

            var operation = model.GetOperation(switchNode, cancellationToken);
            var governing = switchNode is SwitchStatementSyntax statement ? statement.Expression : ((SwitchExpressionSyntax)switchNode).GoverningExpression;
            var enumType = UnwrapNullable(model.GetTypeInfo(governing, cancellationToken).Type);
            if (operation == null || enumType == null)
            {
                return null;
            }

            var type = StatusTypeFactory.TryCreate(enumType, diagnostic.Properties.ContainsKey(StatusDiagnostics.FromOptionsProperty));
            if (type == null)
            {
                return null;
            }

            var coverage = SwitchCoverageBuilder.ComputeDirect(operation, type);
            var wanted = new HashSet<string>(names.Split(','));
            var missing = type.Members.Where(m => wanted.Contains(m.Name) && !MemberSet.Contains(coverage.Named | coverage.RoutedToDefault, m)).ToList();
            if (missing.Count == 0)
            {
                return null;
            }

            SyntaxNode updated = switchNode is SwitchStatementSyntax switchStatement
                ? AddSections(switchStatement, coverage, missing, enumType)
                : AddArms((SwitchExpressionSyntax)switchNode, coverage, missing, enumType);
            var changed = document.WithSyntaxRoot(root.ReplaceNode(switchNode, updated));
            return await FixFinishing.FinishAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        private static SwitchStatementSyntax AddSections(SwitchStatementSyntax node, SwitchCoverage coverage, List<StatusMember> missing, INamedTypeSymbol enumType)
        {
            var sections = node.Sections;
            // Insert from the highest index down so that earlier indexes stay valid; within one index keep enum order.
            foreach (var group in missing.GroupBy(coverage.InsertionIndex).OrderByDescending(g => g.Key))
            {
                var added = group.Select(member => FixFinishing.Annotate(SwitchSection(
                    SingletonList<SwitchLabelSyntax>(CaseSwitchLabel(StatusSyntax.MemberAccess(enumType, member.Name))),
                    SingletonList<StatementSyntax>(ThrowStatement(StatusSyntax.NotHandled(enumType, member.Name))))));
                sections = sections.InsertRange(group.Key, added);
            }

            return node.WithSections(sections);
        }

        private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax node, SwitchCoverage coverage, List<StatusMember> missing, INamedTypeSymbol enumType)
        {
            // Work on the arm/comma sequence so existing separators and their trivia stay untouched.
            var items = node.Arms.GetWithSeparators().ToList();
            var endOfLine = StatusSyntax.EndOfLineOf(node);
            foreach (var group in missing.GroupBy(coverage.InsertionIndex).OrderByDescending(g => g.Key))
            {
                var added = new List<SyntaxNodeOrToken>();
                foreach (var member in group)
                {
                    added.Add(FixFinishing.Annotate(SwitchExpressionArm(
                        ConstantPattern(StatusSyntax.MemberAccess(enumType, member.Name)),
                        ThrowExpression(StatusSyntax.NotHandled(enumType, member.Name)))));
                    added.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine));
                }

                var position = group.Key * 2;
                if (position < items.Count)
                {
                    items.InsertRange(position, added);
                }
                else if (items.Count % 2 == 0)
                {
                    items.AddRange(added); // the last arm already has a trailing comma
                }
                else
                {
                    // `…, Last => x` + `, New => throw …`: move Last's line ending behind the new arm.
                    var last = items[items.Count - 1].AsNode()!;
                    var trailing = last.GetTrailingTrivia();
                    items[items.Count - 1] = last.WithoutTrailingTrivia();
                    added.RemoveAt(added.Count - 1);
                    added.Insert(0, Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine));
                    added[added.Count - 1] = added[added.Count - 1].AsNode()!.WithTrailingTrivia(trailing);
                    items.AddRange(added);
                }
            }

            return node.WithArms(SeparatedList<SwitchExpressionArmSyntax>(items));
        }

        private static INamedTypeSymbol? UnwrapNullable(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return named.TypeArguments[0] as INamedTypeSymbol;
            }

            return type as INamedTypeSymbol;
        }
    }
}
