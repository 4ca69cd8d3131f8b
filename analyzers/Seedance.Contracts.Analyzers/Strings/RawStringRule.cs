using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Strings
{
    /// <summary>SDC004: a status compared as a raw string (<c>==</c>, <c>Equals</c>, <c>is</c>, <c>switch</c>).</summary>
    internal static class RawStringRule
    {
        private const string ToStringMethod = "ToString";
        private const string ToWireValueMethod = "ToWireValue";

        public static void AnalyzeComparison(OperationAnalysisContext context, StatusTypeCatalog catalog)
        {
            switch (context.Operation)
            {
                case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Equals || binary.OperatorKind == BinaryOperatorKind.NotEquals:
                    CheckPair(context, catalog, binary.LeftOperand, binary.RightOperand);
                    break;

                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Equals"
                    && invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    if (invocation.Instance != null && invocation.Arguments.Length >= 1)
                    {
                        CheckPair(context, catalog, invocation.Instance, invocation.Arguments[0].Value);
                    }
                    else if (invocation.Instance == null && invocation.Arguments.Length >= 2)
                    {
                        CheckPair(context, catalog, invocation.Arguments[0].Value, invocation.Arguments[1].Value);
                    }

                    break;

                case IIsPatternOperation isPattern when IsString(isPattern.Value.Type):
                    CheckPattern(context, catalog, isPattern.Pattern, isPattern.Value);
                    break;
            }
        }

        public static void AnalyzeStringSwitch(OperationAnalysisContext context, StatusTypeCatalog catalog)
        {
            if (context.Operation is ISwitchOperation statement && IsString(statement.Value.Type))
            {
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        if (clause is ISingleValueCaseClauseOperation single)
                        {
                            CheckLiteral(context, catalog, single.Value, statement.Value);
                        }
                        else if (clause is IPatternCaseClauseOperation pattern)
                        {
                            CheckPattern(context, catalog, pattern.Pattern, statement.Value);
                        }
                    }
                }
            }
            else if (context.Operation is ISwitchExpressionOperation expression && IsString(expression.Value.Type))
            {
                foreach (var arm in expression.Arms)
                {
                    CheckPattern(context, catalog, arm.Pattern, expression.Value);
                }
            }
        }

        private static void CheckPattern(OperationAnalysisContext context, StatusTypeCatalog catalog, IPatternOperation pattern, IOperation compared)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    CheckLiteral(context, catalog, constant.Value, compared);
                    break;
                case IBinaryPatternOperation binary:
                    CheckPattern(context, catalog, binary.LeftPattern, compared);
                    CheckPattern(context, catalog, binary.RightPattern, compared);
                    break;
                case INegatedPatternOperation negated:
                    CheckPattern(context, catalog, negated.Pattern, compared);
                    break;
            }
        }

        private static void CheckPair(OperationAnalysisContext context, StatusTypeCatalog catalog, IOperation left, IOperation right)
        {
            if (!IsString(left.Type) || !IsString(right.Type))
            {
                return;
            }

            if (IsStringConstant(right) && !left.ConstantValue.HasValue)
            {
                CheckLiteral(context, catalog, right, left);
            }
            else if (IsStringConstant(left) && !right.ConstantValue.HasValue)
            {
                CheckLiteral(context, catalog, left, right);
            }
        }

        private static void CheckLiteral(OperationAnalysisContext context, StatusTypeCatalog catalog, IOperation literal, IOperation compared)
        {
            if (!(literal.ConstantValue.HasValue && literal.ConstantValue.Value is string text))
            {
                return;
            }

            string hint;
            string? operand = null;
            WireValueMatch? match;
            if (TryGetEnumText(compared, catalog, out var textOf, out var method))
            {
                // status.ToString() / status.ToWireValue(): the enum is right there, so only its own members count.
                match = method == ToStringMethod ? MatchMemberName(text, textOf) : WireValueMatcher.Match(text, ImmutableArray.Create(textOf));
                if (match == null)
                {
                    return;
                }

                operand = method;
                hint = method != ToStringMethod
                    ? NearMissHint(match)
                    : text == match.Member.Name
                        ? " (the enum's ToString() gives member names; compare the enum itself)"
                        : " (always false: ToString() gives \"" + match.Member.Name + "\", not the wire value)";
            }
            else
            {
                match = catalog.MatchWireValue(text);
                if (match == null || (match.Closeness == WireValueCloseness.Fuzzy && !LooksLikeStatus(compared)))
                {
                    return;
                }

                hint = NearMissHint(match);
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(StatusDiagnostics.EnumProperty, match.Type.FullName)
                .Add(StatusDiagnostics.MembersProperty, match.Member.Name);
            if (operand != null)
            {
                properties = properties.Add(StatusDiagnostics.OperandProperty, operand);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                StatusDiagnostics.StatusComparedAsString,
                literal.Syntax.GetLocation(),
                properties,
                "\"" + text + "\"",
                hint,
                match.Type.EnumType.Name + "." + match.Member.Name));
        }

        private static string NearMissHint(WireValueMatch match) =>
            match.Closeness == WireValueCloseness.Exact
                ? string.Empty
                : " (not a wire value; did you mean \"" + match.Member.WireValue + "\"?)";

        /// <summary><c>status.ToString()</c> or the generated <c>status.ToWireValue()</c> on a status type.</summary>
        private static bool TryGetEnumText(IOperation compared, StatusTypeCatalog catalog, out StatusType type, out string method)
        {
            type = null!;
            method = string.Empty;
            if (!(compared is IInvocationOperation invocation))
            {
                return false;
            }

            var target = invocation.TargetMethod;
            if (target.Name == ToStringMethod && invocation.Instance != null && invocation.Arguments.Length == 0
                && catalog.TryGet(invocation.Instance.Type, out type))
            {
                method = ToStringMethod;
                return true;
            }

            if (target.Name == ToWireValueMethod && target.IsExtensionMethod && invocation.Arguments.Length == 1
                && catalog.TryGet(invocation.Arguments[0].Value.Type, out type))
            {
                method = ToWireValueMethod;
                return true;
            }

            return false;
        }

        /// <summary>ToString() gives the member name: match names first, then wire values and near misses of them.</summary>
        private static WireValueMatch? MatchMemberName(string text, StatusType type)
        {
            foreach (var member in type.Members)
            {
                if (member.Name == text)
                {
                    return new WireValueMatch(type, member, WireValueCloseness.Exact);
                }
            }

            return WireValueMatcher.Match(text, ImmutableArray.Create(type));
        }

        /// <summary>Near misses are only reported where the other side is evidently a status (<c>status</c>, <c>task.State</c>, <c>json["status"]</c>).</summary>
        private static bool LooksLikeStatus(IOperation compared)
        {
            var text = compared.Syntax.ToString();
            return text.IndexOf("status", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("state", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static bool IsStringConstant(IOperation operation) =>
            operation.ConstantValue.HasValue && operation.ConstantValue.Value is string;

        private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;
    }
}
