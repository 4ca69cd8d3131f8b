using System;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>Widens boxed integral constants (any enum underlying type) to decimal for exact comparison.</summary>
    internal static class ConstantValues
    {
        public static bool TryToDecimal(object? value, out decimal result)
        {
            switch (value)
            {
                case sbyte v: result = v; return true;
                case byte v: result = v; return true;
                case short v: result = v; return true;
                case ushort v: result = v; return true;
                case int v: result = v; return true;
                case uint v: result = v; return true;
                case long v: result = v; return true;
                case ulong v: result = v; return true;
                case char v: result = v; return true;
                default:
                    result = 0;
                    return false;
            }
        }

        /// <summary>Evaluates <c>left op right</c> for the relational operators used by patterns and comparisons.</summary>
        public static bool Compare(decimal left, RelationalOperator op, decimal right)
        {
            switch (op)
            {
                case RelationalOperator.LessThan: return left < right;
                case RelationalOperator.LessThanOrEqual: return left <= right;
                case RelationalOperator.GreaterThan: return left > right;
                case RelationalOperator.GreaterThanOrEqual: return left >= right;
                case RelationalOperator.Equals: return left == right;
                case RelationalOperator.NotEquals: return left != right;
                default: throw new ArgumentOutOfRangeException(nameof(op));
            }
        }
    }

    internal enum RelationalOperator
    {
        Equals,
        NotEquals,
        LessThan,
        LessThanOrEqual,
        GreaterThan,
        GreaterThanOrEqual,
    }
}
