using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Strings;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// Reports task statuses compared as raw strings (SDC004): <c>==</c>, <c>Equals</c>, <c>is</c> patterns and
    /// switches on a string against a wire value or a near miss of one.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RawStringStatusAnalyzer : StatusAnalyzerBase
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            StatusDiagnostics.StatusComparedAsString);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext context, Lazy<StatusTypeCatalog?> catalog)
        {
            context.RegisterOperationAction(WhenStatusTypes(catalog, RawStringRule.AnalyzeStringSwitch), OperationKind.Switch, OperationKind.SwitchExpression);
            context.RegisterOperationAction(WhenStatusTypes(catalog, RawStringRule.AnalyzeComparison), OperationKind.Binary, OperationKind.Invocation, OperationKind.IsPattern);
        }
    }
}
