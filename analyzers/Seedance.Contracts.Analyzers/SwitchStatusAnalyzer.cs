using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Switches;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>
    /// Reports switches over a task status that do not name a failure member (SDC001) or miss other members
    /// without a default (SDC002).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SwitchStatusAnalyzer : StatusAnalyzerBase
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            StatusDiagnostics.UnhandledFailureStatus,
            StatusDiagnostics.UnhandledOtherStatus);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext context, Lazy<StatusTypeCatalog?> catalog)
        {
            context.RegisterOperationAction(WhenStatusTypes(catalog, SwitchRule.Analyze), OperationKind.Switch, OperationKind.SwitchExpression);
        }
    }
}
