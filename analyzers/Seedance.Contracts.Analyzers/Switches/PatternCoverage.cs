using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Switches
{
    /// <summary>
    /// The members a pattern matches (by value) and the members it names positively as constants. Only a
    /// named member counts as "explicitly handled"; <c>not</c>, relational ranges and catch-alls match by value.
    /// </summary>
    internal readonly struct PatternCoverage
    {
        public PatternCoverage(ulong matched, ulong named)
        {
            Matched = matched;
            Named = named & matched;
        }

        public ulong Matched { get; }

        public ulong Named { get; }

        public static PatternCoverage Nothing => new PatternCoverage(0, 0);

        public static PatternCoverage CatchAll(StatusType type) => new PatternCoverage(type.All, 0);

        /// <summary>Evaluates a pattern whose input is the status value (possibly nullable).</summary>
        public static PatternCoverage Evaluate(IPatternOperation pattern, StatusType type)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    return FromConstant(constant.Value, type);

                case IRelationalPatternOperation relational:
                    return FromRelational(relational, type);

                case INegatedPatternOperation negated:
                    return new PatternCoverage(type.All & ~Evaluate(negated.Pattern, type).Matched, 0);

                case IBinaryPatternOperation binary:
                    var left = Evaluate(binary.LeftPattern, type);
                    var right = Evaluate(binary.RightPattern, type);
                    if (binary.OperatorKind == BinaryOperatorKind.Or)
                    {
                        return new PatternCoverage(left.Matched | right.Matched, left.Named | right.Named);
                    }

                    var both = left.Matched & right.Matched;
                    return new PatternCoverage(both, (left.Named | right.Named) & both);

                default:
                    // Discards, var/declaration/type patterns, `{ }` and any pattern form added later: treat as a
                    // catch-all for this part only, so the rest of the switch is still analysed.
                    return CatchAll(type);
            }
        }

        /// <summary>A constant used as a label or compared value: <c>Failed</c>, <c>(E)4</c>, <c>null</c>.</summary>
        public static PatternCoverage FromConstant(IOperation value, StatusType type)
        {
            // A label converted to `E?` (nullable switch) is no constant itself; its operand is.
            while (!value.ConstantValue.HasValue && value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (!value.ConstantValue.HasValue)
            {
                return CatchAll(type); // not a constant (error recovery): do not claim anything is missing
            }

            if (value.ConstantValue.Value == null || !ConstantValues.TryToDecimal(value.ConstantValue.Value, out var number))
            {
                return Nothing; // `null` is not a status member
            }

            var member = type.FindByValue(number);
            return member == null ? Nothing : new PatternCoverage(member.Bit, member.Bit);
        }

        private static PatternCoverage FromRelational(IRelationalPatternOperation relational, StatusType type)
        {
            if (!relational.Value.ConstantValue.HasValue || !ConstantValues.TryToDecimal(relational.Value.ConstantValue.Value, out var bound))
            {
                return CatchAll(type);
            }

            RelationalOperator op;
            switch (relational.OperatorKind)
            {
                case BinaryOperatorKind.LessThan: op = RelationalOperator.LessThan; break;
                case BinaryOperatorKind.LessThanOrEqual: op = RelationalOperator.LessThanOrEqual; break;
                case BinaryOperatorKind.GreaterThan: op = RelationalOperator.GreaterThan; break;
                case BinaryOperatorKind.GreaterThanOrEqual: op = RelationalOperator.GreaterThanOrEqual; break;
                default: return CatchAll(type);
            }

            return new PatternCoverage(ValuesWhere(type, op, bound), 0);
        }

        public static ulong ValuesWhere(StatusType type, RelationalOperator op, decimal bound)
        {
            ulong set = 0;
            foreach (var member in type.Members)
            {
                if (ConstantValues.Compare(member.Value, op, bound))
                {
                    set |= member.Bit;
                }
            }

            return set;
        }
    }
}
