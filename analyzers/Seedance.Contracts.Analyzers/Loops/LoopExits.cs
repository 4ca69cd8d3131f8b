using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Switches;

namespace Seedance.Contracts.Analyzers.Loops
{
    /// <summary>
    /// The status values on which a loop stops: its condition turning false, and every <c>break</c> or
    /// <c>return</c> in its body, each filtered by the <c>if</c>s and <c>case</c>s around it. Intraprocedural only.
    /// </summary>
    internal static class LoopExits
    {
        public static Dictionary<StatusType, ulong> Compute(ILoopOperation loop, IOperation? condition, bool conditionIsUntil, StatusTypeCatalog catalog)
        {
            var exits = new Dictionary<StatusType, ulong>();
            if (condition != null)
            {
                var truth = StatusTruth.Evaluate(condition, catalog);
                if (truth.IsValid)
                {
                    Add(exits, truth.Type, conditionIsUntil ? truth.WhenTrue : truth.WhenFalse);
                }
            }

            foreach (var operation in loop.Body.Descendants())
            {
                var isExit = operation is IReturnOperation returnOperation && returnOperation.Kind == OperationKind.Return
                    || operation is IBranchOperation branch && branch.BranchKind == BranchKind.Break
                        && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel);
                if (isExit && InSameMethod(operation, loop))
                {
                    AddGuardedExit(exits, operation, loop, catalog);
                }
            }

            return exits;
        }

        private static void AddGuardedExit(Dictionary<StatusType, ulong> exits, IOperation exit, ILoopOperation loop, StatusTypeCatalog catalog)
        {
            StatusType? type = null;
            ulong values = 0;
            var child = exit;
            for (var parent = exit.Parent; parent != null && parent != loop; child = parent, parent = parent.Parent)
            {
                ulong? constraint = null;
                StatusType? constraintType = null;
                if (parent is IConditionalOperation conditional && child != conditional.Condition)
                {
                    var truth = StatusTruth.Evaluate(conditional.Condition, catalog);
                    if (truth.IsValid)
                    {
                        constraintType = truth.Type;
                        constraint = child == conditional.WhenTrue ? truth.WhenTrue : truth.WhenFalse;
                    }
                }
                else if (parent is ISwitchCaseOperation section && section.Parent is ISwitchOperation switchOperation
                    && catalog.TryGet(switchOperation.Value.Type, out var switchType))
                {
                    constraintType = switchType;
                    constraint = SectionValues(section, switchType);
                }

                if (constraint == null || constraintType == null)
                {
                    continue;
                }

                if (type == null)
                {
                    type = constraintType;
                    values = constraint.Value;
                }
                else if (type == constraintType)
                {
                    values &= constraint.Value;
                }
            }

            if (type != null)
            {
                Add(exits, type, values); // an exit not guarded by any status test says nothing about statuses
            }
        }

        private static ulong SectionValues(ISwitchCaseOperation section, StatusType type)
        {
            ulong values = 0;
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation _:
                        values = type.All;
                        break;
                    case ISingleValueCaseClauseOperation single:
                        values |= PatternCoverage.FromConstant(single.Value, type).Matched;
                        break;
                    case IPatternCaseClauseOperation pattern:
                        values |= PatternCoverage.Evaluate(pattern.Pattern, type).Matched;
                        break;
                }
            }

            return values;
        }

        /// <summary>A return inside a lambda or local function in the loop does not leave the loop.</summary>
        private static bool InSameMethod(IOperation operation, ILoopOperation loop)
        {
            for (var current = operation.Parent; current != null && current != loop; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }

        private static void Add(Dictionary<StatusType, ulong> exits, StatusType type, ulong values)
        {
            exits.TryGetValue(type, out var existing);
            exits[type] = existing | values;
        }
    }
}
