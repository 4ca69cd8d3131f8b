using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Switches
{
    /// <summary>Computes <see cref="SwitchCoverage"/> for a switch statement or expression (direct or projected).</summary>
    internal static class SwitchCoverageBuilder
    {
        /// <summary>One coverage per status being switched on: the value itself, or each tuple element / property path.</summary>
        public static ImmutableArray<SwitchCoverage> Compute(IOperation switchOperation, StatusTypeCatalog catalog)
        {
            IOperation value;
            switch (switchOperation)
            {
                case ISwitchOperation statement:
                    value = statement.Value;
                    break;
                case ISwitchExpressionOperation expression:
                    value = expression.Value;
                    break;
                default:
                    return ImmutableArray<SwitchCoverage>.Empty;
            }

            if (catalog.TryGet(value.Type, out var direct))
            {
                return ImmutableArray.Create(Build(switchOperation, direct, null));
            }

            var paths = ProjectionPath.Collect(switchOperation, catalog);
            if (paths.Count == 0)
            {
                return ImmutableArray<SwitchCoverage>.Empty;
            }

            var result = ImmutableArray.CreateBuilder<SwitchCoverage>(paths.Count);
            foreach (var path in paths)
            {
                result.Add(Build(switchOperation, path.Type, path));
            }

            return result.ToImmutable();
        }

        /// <summary>Coverage of a switch directly over <paramref name="type"/> (used by the code fix).</summary>
        public static SwitchCoverage ComputeDirect(IOperation switchOperation, StatusType type) => Build(switchOperation, type, null);

        private static SwitchCoverage Build(IOperation switchOperation, StatusType type, ProjectionPath? path)
        {
            var arms = ImmutableArray.CreateBuilder<SwitchArm>();
            if (switchOperation is ISwitchExpressionOperation expression)
            {
                for (var i = 0; i < expression.Arms.Length; i++)
                {
                    var arm = expression.Arms[i];
                    var coverage = arm.Guard != null && !IsConstantTrue(arm.Guard)
                        ? PatternCoverage.Nothing
                        : Evaluate(arm.Pattern, type, path);
                    arms.Add(new SwitchArm(i, arm.Syntax, coverage, false, Unwrap(arm.Value) is IThrowOperation));
                }

                return new SwitchCoverage(type, path?.Display, true, arms.ToImmutable());
            }

            var statement = (ISwitchOperation)switchOperation;
            var defaultThrows = false;
            foreach (var section in statement.Cases)
            {
                if (HasDefaultLabel(section))
                {
                    defaultThrows = AlwaysThrows(section);
                }
            }

            for (var i = 0; i < statement.Cases.Length; i++)
            {
                var section = statement.Cases[i];
                ulong matched = 0;
                ulong named = 0;
                var isDefault = false;
                foreach (var clause in section.Clauses)
                {
                    PatternCoverage coverage;
                    switch (clause)
                    {
                        case IDefaultCaseClauseOperation _:
                            isDefault = true;
                            coverage = PatternCoverage.CatchAll(type);
                            break;
                        case ISingleValueCaseClauseOperation single:
                            coverage = path == null ? PatternCoverage.FromConstant(single.Value, type) : PatternCoverage.Nothing; // `case null:` on the containing object
                            break;
                        case IPatternCaseClauseOperation patternClause:
                            coverage = patternClause.Guard != null && !IsConstantTrue(patternClause.Guard)
                                ? PatternCoverage.Nothing
                                : Evaluate(patternClause.Pattern, type, path);
                            break;
                        default:
                            coverage = PatternCoverage.CatchAll(type);
                            break;
                    }

                    matched |= coverage.Matched;
                    named |= coverage.Named;
                }

                var throws = AlwaysThrows(section);
                ulong routed = 0;
                if (!isDefault && EndsInGotoDefault(section))
                {
                    // `case Failed: goto default;` sends the member to the default: it is not handled on its own.
                    routed = named;
                    named = 0;
                    throws = defaultThrows;
                }

                arms.Add(new SwitchArm(i, section.Syntax, new PatternCoverage(matched, named), isDefault, throws, routed));
            }

            return new SwitchCoverage(type, path?.Display, false, arms.ToImmutable());
        }

        private static PatternCoverage Evaluate(IPatternOperation pattern, StatusType type, ProjectionPath? path) =>
            path == null ? PatternCoverage.Evaluate(pattern, type) : path.Project(pattern);

        private static bool HasDefaultLabel(ISwitchCaseOperation section)
        {
            foreach (var clause in section.Clauses)
            {
                if (clause is IDefaultCaseClauseOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EndsInGotoDefault(ISwitchCaseOperation section) =>
            LastStatement(section.Body) is IBranchOperation branch
            && branch.Syntax.IsKind(SyntaxKind.GotoDefaultStatement);

        /// <summary>The section ends in <c>throw</c> and nothing in it leaves the section another way.</summary>
        private static bool AlwaysThrows(ISwitchCaseOperation section)
        {
            if (!(LastStatement(section.Body) is IThrowOperation))
            {
                return false;
            }

            foreach (var statement in section.Body)
            {
                foreach (var node in statement.Syntax.DescendantNodesAndSelf(n => !(n is AnonymousFunctionExpressionSyntax) && !(n is LocalFunctionStatementSyntax)))
                {
                    if (node is BreakStatementSyntax || node is ReturnStatementSyntax || node is GotoStatementSyntax || node is ContinueStatementSyntax)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static IOperation? LastStatement(ImmutableArray<IOperation> body)
        {
            var last = body.IsEmpty ? null : body[body.Length - 1];
            while (last is IBlockOperation block)
            {
                last = block.Operations.IsEmpty ? null : block.Operations[block.Operations.Length - 1];
            }

            return last;
        }

        private static bool IsConstantTrue(IOperation guard) =>
            guard.ConstantValue.HasValue && guard.ConstantValue.Value is bool b && b;

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        internal static IEnumerable<IPatternOperation> TopPatterns(IOperation switchOperation)
        {
            if (switchOperation is ISwitchExpressionOperation expression)
            {
                foreach (var arm in expression.Arms)
                {
                    yield return arm.Pattern;
                }
            }
            else if (switchOperation is ISwitchOperation statement)
            {
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        if (clause is IPatternCaseClauseOperation patternClause)
                        {
                            yield return patternClause.Pattern;
                        }
                    }
                }
            }
        }
    }
}
