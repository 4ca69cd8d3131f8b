using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Loops;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Strings
{
    /// <summary>SDC004: a status compared as a raw string (<c>==</c>, <c>Equals</c>, <c>is</c>, <c>switch</c>).</summary>
    internal static class RawStringRule
    {
        /// <summary>The compared text is a member name (<c>ToString()</c>, <c>ToString("G")</c>, <c>Enum.GetName</c>).</summary>
        private const string MemberNameText = "Name";

        /// <summary>The compared text is the generated <c>ToWireValue()</c>.</summary>
        private const string WireValueText = "WireValue";

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
            if (TryGetEnumText(compared, catalog, out var textOf, out var kind))
            {
                // status.ToString() / status.ToWireValue(): the enum is right there, so only its own members count.
                match = kind == MemberNameText ? MatchMemberName(text, textOf) : WireValueMatcher.Match(text, ImmutableArray.Create(textOf));
                if (match == null)
                {
                    return;
                }

                operand = kind;
                hint = kind != MemberNameText
                    ? NearMissHint(match)
                    : text == match.Member.Name
                        ? " (the enum's text is its member name; compare the enum itself)"
                        : " (always false: the enum's text is \"" + match.Member.Name + "\")";
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

            if (match.Closeness == WireValueCloseness.Fuzzy)
            {
                properties = properties.Add(StatusDiagnostics.NearMissProperty, "true");
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

        /// <summary>
        /// The status's own text: <c>status.ToString()</c>, <c>ToString("G")</c>/<c>("F")</c>, <c>Enum.GetName(status)</c>
        /// (member names), or the generated <c>status.ToWireValue()</c>; also behind <c>?.</c>.
        /// </summary>
        private static bool TryGetEnumText(IOperation compared, StatusTypeCatalog catalog, out StatusType type, out string kind)
        {
            type = null!;
            kind = string.Empty;
            while (compared is IConditionalAccessOperation conditional)
            {
                compared = conditional.WhenNotNull;
            }

            if (!(compared is IInvocationOperation invocation))
            {
                return false;
            }

            var target = invocation.TargetMethod;
            var arguments = invocation.Arguments;
            IOperation? status = null;
            if (target.Name == "ToString" && invocation.Instance != null
                && (arguments.Length == 0 || (arguments.Length == 1 && IsNameFormat(arguments[0].Value))))
            {
                status = invocation.Instance;
                kind = MemberNameText;
            }
            else if (target.Name == "GetName" && target.ContainingType?.SpecialType == SpecialType.System_Enum && arguments.Length >= 1)
            {
                status = StatusTruth.Unwrap(arguments[arguments.Length - 1].Value);
                kind = MemberNameText;
            }
            else if (target.Name == "ToWireValue" && target.IsExtensionMethod && arguments.Length == 1)
            {
                status = arguments[0].Value;
                kind = WireValueText;
            }

            return status != null && catalog.TryGet(status.Type, out type);
        }

        /// <summary>"G" and "F" format an enum as its member name.</summary>
        private static bool IsNameFormat(IOperation format) =>
            format.ConstantValue.HasValue && format.ConstantValue.Value is string text
            && (text == "G" || text == "g" || text == "F" || text == "f");

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
