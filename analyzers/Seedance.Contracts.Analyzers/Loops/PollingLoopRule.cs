using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Loops
{
    /// <summary>SDC003: a while/do/for loop that stops on success but never tests for failure.</summary>
    internal static class PollingLoopRule
    {
        public static void Analyze(OperationAnalysisContext context, StatusTypeCatalog catalog)
        {
            if (!TryGetCondition(context.Operation, out var loop, out var condition, out var isUntil))
            {
                return;
            }

            var exits = LoopExits.Compute(loop, condition, isUntil, catalog);
            foreach (var pair in exits)
            {
                var type = pair.Key;
                var failure = catalog.Options.RequiredFailureMembers(type);
                if ((pair.Value & type.Success) == 0 || (pair.Value & failure) != 0 || failure == 0 || ChecksFailure(loop, type, failure, catalog))
                {
                    continue;
                }

                var location = condition?.Syntax.GetLocation() ?? LoopKeyword(loop.Syntax);
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (type.FromOptions)
                {
                    properties = properties.Add(StatusDiagnostics.FromOptionsProperty, "true");
                }

                if ((pair.Value & ~type.Success) != 0)
                {
                    properties = properties.Add(StatusDiagnostics.ExitsBeyondSuccessProperty, "true");
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    StatusDiagnostics.PollingLoopIgnoresFailure,
                    location,
                    properties,
                    type.DisplayNames(pair.Value & type.Success),
                    type.DisplayNames(failure)));
            }
        }

        public static bool TryGetCondition(IOperation operation, out ILoopOperation loop, out IOperation? condition, out bool isUntil)
        {
            loop = (operation as ILoopOperation)!;
            condition = null;
            isUntil = false;
            switch (operation)
            {
                case IWhileLoopOperation whileLoop:
                    condition = whileLoop.Condition;
                    isUntil = whileLoop.ConditionIsUntil;
                    return true;
                case IForLoopOperation forLoop:
                    condition = forLoop.Condition;
                    return true;
                default:
                    return false; // foreach walks a collection; it does not poll
            }
        }

        /// <summary>Anything in the loop that looks at a failure member, <c>IsFailure()</c>, <c>IsTerminal()</c> or <c>TaskStatusKind.Failed</c>.</summary>
        private static bool ChecksFailure(ILoopOperation loop, StatusType type, ulong failure, StatusTypeCatalog catalog)
        {
            foreach (var operation in loop.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation when (invocation.TargetMethod.Name == "IsFailure" || invocation.TargetMethod.Name == "IsTerminal")
                        && StatusTruth.TryGetHelperReceiver(invocation, catalog, out _, out var helperType) && helperType == type:
                        return true;
                    case IFieldReferenceOperation field when field.Field.Name == "Failed" && field.Field.ContainingType?.Name == "TaskStatusKind":
                        return true;
                }

                if (operation.ConstantValue.HasValue
                    && ConstantValues.TryToDecimal(operation.ConstantValue.Value, out var value)
                    && IsStatusTyped(operation.Type, type))
                {
                    var member = type.FindByValue(value);
                    if (member != null && MemberSet.Contains(failure, member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsStatusTyped(ITypeSymbol? type, StatusType status)
        {
            if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                type = named.TypeArguments[0];
            }

            return SymbolEqualityComparer.Default.Equals(type, status.EnumType);
        }

        private static Location LoopKeyword(SyntaxNode syntax)
        {
            switch (syntax)
            {
                case ForStatementSyntax forStatement: return forStatement.ForKeyword.GetLocation();
                case WhileStatementSyntax whileStatement: return whileStatement.WhileKeyword.GetLocation();
                case DoStatementSyntax doStatement: return doStatement.DoKeyword.GetLocation();
                default: return syntax.GetLocation();
            }
        }
    }
}
