using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Switches
{
    /// <summary>SDC001 and SDC002 for switch statements and expressions.</summary>
    internal static class SwitchRule
    {
        public static void Analyze(OperationAnalysisContext context, StatusTypeCatalog catalog)
        {
            var coverages = SwitchCoverageBuilder.Compute(context.Operation, catalog);
            if (coverages.IsEmpty)
            {
                return;
            }

            var location = SwitchKeywordLocation(context.Operation.Syntax);
            foreach (var coverage in coverages)
            {
                var missingFailure = coverage.MissingFailure(catalog.Options);
                if (missingFailure != 0)
                {
                    context.ReportDiagnostic(Create(StatusDiagnostics.UnhandledFailureStatus, location, coverage, missingFailure));
                }

                var missingOther = coverage.MissingOther(catalog.Options);
                if (missingOther != 0)
                {
                    context.ReportDiagnostic(Create(StatusDiagnostics.UnhandledOtherStatus, location, coverage, missingOther));
                }
            }
        }

        /// <summary>The <c>switch</c> keyword of a statement or expression: short, stable and easy to spot.</summary>
        public static Location SwitchKeywordLocation(SyntaxNode syntax)
        {
            switch (syntax)
            {
                case SwitchStatementSyntax statement: return statement.SwitchKeyword.GetLocation();
                case SwitchExpressionSyntax expression: return expression.SwitchKeyword.GetLocation();
                default: return syntax.GetLocation();
            }
        }

        private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, SwitchCoverage coverage, ulong members)
        {
            var text = coverage.Type.DisplayNames(members);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(StatusDiagnostics.MembersProperty, coverage.Type.MemberNames(members));
            if (coverage.Projection != null)
            {
                properties.Add(StatusDiagnostics.ProjectionProperty, coverage.Projection);
                text += " (at " + coverage.Projection + ")";
            }

            if (coverage.Type.FromOptions)
            {
                properties.Add(StatusDiagnostics.FromOptionsProperty, "true");
            }

            return Diagnostic.Create(descriptor, location, properties.ToImmutable(), text);
        }
    }
}
