using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Switches;

namespace Seedance.Contracts.Analyzers.Loops
{
    /// <summary>
    /// For a boolean condition, the status values that make it true (evaluated by value). Parts that do not test
    /// a status (counters, cancellation) are neutral: a loop bounded by them still exits on the status alone.
    /// </summary>
    internal readonly struct StatusTruth
    {
        private StatusTruth(StatusType type, ulong whenTrue, IOperation statusValue)
        {
            Type = type;
            WhenTrue = whenTrue;
            StatusValue = statusValue;
        }

        public StatusType Type { get; }

        public ulong WhenTrue { get; }

        public ulong WhenFalse => Type.All & ~WhenTrue;

        /// <summary>The first status-typed operand seen (what the SDC003 fix rewrites around).</summary>
        public IOperation StatusValue { get; }

        public bool IsValid => Type != null;

        public static StatusTruth Evaluate(IOperation condition, StatusTypeCatalog catalog)
        {
            condition = Unwrap(condition);
            switch (condition)
            {
                case IUnaryOperation unary when unary.OperatorKind == UnaryOperatorKind.Not:
                    var inner = Evaluate(unary.Operand, catalog);
                    return inner.IsValid ? new StatusTruth(inner.Type, inner.WhenFalse, inner.StatusValue) : default;

                case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.ConditionalAnd || binary.OperatorKind == BinaryOperatorKind.ConditionalOr:
                    var left = Evaluate(binary.LeftOperand, catalog);
                    var right = Evaluate(binary.RightOperand, catalog);
                    if (!left.IsValid || (right.IsValid && right.Type != left.Type))
                    {
                        return right.IsValid && !left.IsValid ? right : left;
                    }

                    if (!right.IsValid)
                    {
                        return left;
                    }

                    var combined = binary.OperatorKind == BinaryOperatorKind.ConditionalAnd
                        ? left.WhenTrue & right.WhenTrue
                        : left.WhenTrue | right.WhenTrue;
                    return new StatusTruth(left.Type, combined, left.StatusValue);

                case IBinaryOperation comparison:
                    return FromComparison(comparison, catalog);

                case IIsPatternOperation isPattern when catalog.TryGet(isPattern.Value.Type, out var patternType):
                    return new StatusTruth(patternType, PatternCoverage.Evaluate(isPattern.Pattern, patternType).Matched, isPattern.Value);

                case IInvocationOperation invocation:
                    return FromHelperCall(invocation, catalog);

                default:
                    return default;
            }
        }

        /// <summary><c>s.IsSuccess()</c>, <c>s.IsFailure()</c>, <c>s.IsTerminal()</c> on a status.</summary>
        public static bool TryGetHelperReceiver(IInvocationOperation invocation, StatusTypeCatalog catalog, out IOperation receiver, out StatusType type)
        {
            receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)!;
            type = null!;
            return receiver != null && catalog.TryGet(Unwrap(receiver).Type, out type);
        }

        private static StatusTruth FromHelperCall(IInvocationOperation invocation, StatusTypeCatalog catalog)
        {
            if (!TryGetHelperReceiver(invocation, catalog, out var receiver, out var type))
            {
                return default;
            }

            switch (invocation.TargetMethod.Name)
            {
                case "IsSuccess": return new StatusTruth(type, type.Success, Unwrap(receiver));
                case "IsFailure": return new StatusTruth(type, type.Failure, Unwrap(receiver));
                case "IsTerminal": return new StatusTruth(type, type.Terminal, Unwrap(receiver));
                default: return default;
            }
        }

        private static StatusTruth FromComparison(IBinaryOperation comparison, StatusTypeCatalog catalog)
        {
            RelationalOperator op;
            switch (comparison.OperatorKind)
            {
                case BinaryOperatorKind.Equals: op = RelationalOperator.Equals; break;
                case BinaryOperatorKind.NotEquals: op = RelationalOperator.NotEquals; break;
                case BinaryOperatorKind.LessThan: op = RelationalOperator.LessThan; break;
                case BinaryOperatorKind.LessThanOrEqual: op = RelationalOperator.LessThanOrEqual; break;
                case BinaryOperatorKind.GreaterThan: op = RelationalOperator.GreaterThan; break;
                case BinaryOperatorKind.GreaterThanOrEqual: op = RelationalOperator.GreaterThanOrEqual; break;
                default: return default;
            }

            var left = Unwrap(comparison.LeftOperand);
            var right = Unwrap(comparison.RightOperand);
            if (TryConstant(right, out var bound) && !left.ConstantValue.HasValue && catalog.TryGet(left.Type, out var type))
            {
                return new StatusTruth(type, PatternCoverage.ValuesWhere(type, op, bound), left);
            }

            if (TryConstant(left, out bound) && !right.ConstantValue.HasValue && catalog.TryGet(right.Type, out type))
            {
                return new StatusTruth(type, PatternCoverage.ValuesWhere(type, Mirror(op), bound), right);
            }

            return default;
        }

        private static bool TryConstant(IOperation operation, out decimal value)
        {
            value = 0;
            return operation.ConstantValue.HasValue && ConstantValues.TryToDecimal(operation.ConstantValue.Value, out value);
        }

        /// <summary><c>C &lt; s</c> is <c>s &gt; C</c>.</summary>
        private static RelationalOperator Mirror(RelationalOperator op)
        {
            switch (op)
            {
                case RelationalOperator.LessThan: return RelationalOperator.GreaterThan;
                case RelationalOperator.LessThanOrEqual: return RelationalOperator.GreaterThanOrEqual;
                case RelationalOperator.GreaterThan: return RelationalOperator.LessThan;
                case RelationalOperator.GreaterThanOrEqual: return RelationalOperator.LessThanOrEqual;
                default: return op;
            }
        }

        /// <summary>Looks through implicit conversions (lifting to <c>Nullable&lt;T&gt;</c>) but keeps explicit casts' constants.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion && !operation.ConstantValue.HasValue)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
