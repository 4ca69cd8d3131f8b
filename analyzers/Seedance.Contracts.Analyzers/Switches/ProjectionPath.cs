using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Seedance.Contracts.Analyzers.Model;

namespace Seedance.Contracts.Analyzers.Switches
{
    /// <summary>
    /// A status reached inside the switched value: a tuple element (<c>(status, n)</c>) or a property path
    /// (<c>{ Status: … }</c>, <c>{ Data.Status: … }</c>, nested <c>{ Data: { Status: … } }</c>).
    /// </summary>
    internal sealed class ProjectionPath
    {
        private readonly ImmutableArray<string> _steps;

        private ProjectionPath(ImmutableArray<string> steps, StatusType type, string display)
        {
            _steps = steps;
            Type = type;
            Display = display;
        }

        public StatusType Type { get; }

        /// <summary>For messages: <c>Item1</c>, <c>Status</c>, <c>Data.Status</c>.</summary>
        public string Display { get; }

        /// <summary>Paths to a status type that at least one arm constrains by naming a member.</summary>
        public static List<ProjectionPath> Collect(IOperation switchOperation, StatusTypeCatalog catalog)
        {
            var found = new Dictionary<string, ProjectionPath>();
            var named = new HashSet<string>();
            foreach (var pattern in SwitchCoverageBuilder.TopPatterns(switchOperation))
            {
                Walk(pattern, ImmutableArray<string>.Empty, catalog, found, named);
            }

            var result = new List<ProjectionPath>();
            foreach (var pair in found)
            {
                if (named.Contains(pair.Key))
                {
                    result.Add(pair.Value);
                }
            }

            result.Sort((a, b) => string.CompareOrdinal(a.Display, b.Display));
            return result;
        }

        /// <summary>What the arm pattern covers of this path's status; an arm not constraining it matches every member.</summary>
        public PatternCoverage Project(IPatternOperation pattern) => Project(pattern, 0);

        private PatternCoverage Project(IPatternOperation pattern, int depth)
        {
            if (depth == _steps.Length)
            {
                return PatternCoverage.Evaluate(pattern, Type);
            }

            switch (pattern)
            {
                case IRecursivePatternOperation recursive:
                    for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                    {
                        if (_steps[depth] == TupleStep(i))
                        {
                            return Project(recursive.DeconstructionSubpatterns[i], depth + 1);
                        }
                    }

                    foreach (var sub in recursive.PropertySubpatterns)
                    {
                        var steps = MemberSteps(sub.Member);
                        if (!steps.IsDefault && StartsWith(depth, steps))
                        {
                            return Project(sub.Pattern, depth + steps.Length);
                        }
                    }

                    return PatternCoverage.CatchAll(Type);

                case IBinaryPatternOperation binary:
                    var left = Project(binary.LeftPattern, depth);
                    var right = Project(binary.RightPattern, depth);
                    if (binary.OperatorKind == BinaryOperatorKind.Or)
                    {
                        return new PatternCoverage(left.Matched | right.Matched, left.Named | right.Named);
                    }

                    var both = left.Matched & right.Matched;
                    return new PatternCoverage(both, (left.Named | right.Named) & both);

                case INegatedPatternOperation negated:
                    return new PatternCoverage(Type.All & ~Project(negated.Pattern, depth).Matched, 0);

                case IConstantPatternOperation _:
                    return PatternCoverage.Nothing; // `null =>` on the containing object holds no status

                default:
                    return PatternCoverage.CatchAll(Type);
            }
        }

        private bool StartsWith(int depth, ImmutableArray<string> steps)
        {
            if (depth + steps.Length > _steps.Length)
            {
                return false;
            }

            for (var i = 0; i < steps.Length; i++)
            {
                if (_steps[depth + i] != steps[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static void Walk(
            IPatternOperation pattern,
            ImmutableArray<string> prefix,
            StatusTypeCatalog catalog,
            Dictionary<string, ProjectionPath> found,
            HashSet<string> named)
        {
            switch (pattern)
            {
                case IRecursivePatternOperation recursive:
                    for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                    {
                        Visit(recursive.DeconstructionSubpatterns[i], prefix.Add(TupleStep(i)), catalog, found, named);
                    }

                    foreach (var sub in recursive.PropertySubpatterns)
                    {
                        var steps = MemberSteps(sub.Member);
                        if (!steps.IsDefault)
                        {
                            Visit(sub.Pattern, prefix.AddRange(steps), catalog, found, named);
                        }
                    }

                    break;

                case IBinaryPatternOperation binary:
                    Walk(binary.LeftPattern, prefix, catalog, found, named);
                    Walk(binary.RightPattern, prefix, catalog, found, named);
                    break;

                case INegatedPatternOperation negated:
                    Walk(negated.Pattern, prefix, catalog, found, named);
                    break;
            }
        }

        private static void Visit(
            IPatternOperation sub,
            ImmutableArray<string> path,
            StatusTypeCatalog catalog,
            Dictionary<string, ProjectionPath> found,
            HashSet<string> named)
        {
            if (catalog.TryGet(sub.InputType, out var type))
            {
                var key = string.Join(".", path);
                if (!found.ContainsKey(key))
                {
                    found.Add(key, new ProjectionPath(path, type, DisplayOf(path)));
                }

                if (PatternCoverage.Evaluate(sub, type).Named != 0)
                {
                    named.Add(key);
                }

                return;
            }

            Walk(sub, path, catalog, found, named);
        }

        /// <summary>Steps without their owners: <c>Data.Status</c>.</summary>
        private static string DisplayOf(ImmutableArray<string> path)
        {
            var names = new string[path.Length];
            for (var i = 0; i < path.Length; i++)
            {
                var owner = path[i].IndexOf(OwnerSeparator);
                names[i] = owner < 0 ? path[i] : path[i].Substring(0, owner);
            }

            return string.Join(".", names);
        }

        /// <summary>
        /// Separates a member step from the type that declares it: <c>Status</c> of <c>TaskDetail</c> and
        /// <c>Status</c> of <c>MagnificTask</c> are different paths when arms test different types.
        /// </summary>
        private const char OwnerSeparator = '@';

        /// <summary>
        /// Cheap identity of the declaring type (this runs for every property subpattern of every arm; a display
        /// string cost about 0.1 s in the 2,000-file benchmark). A hash collision only merges two paths, as before.
        /// </summary>
        private static string OwnerKey(INamedTypeSymbol? owner) =>
            owner == null
                ? string.Empty
                : owner.MetadataName + "#" + SymbolEqualityComparer.Default.GetHashCode(owner).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string TupleStep(int index) => "Item" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary><c>{ Data.Status: … }</c> binds a member reference chain; flatten it to ["Data", "Status"].</summary>
        private static ImmutableArray<string> MemberSteps(IOperation member)
        {
            var count = 0;
            for (var current = member; current is IMemberReferenceOperation reference; current = reference.Instance)
            {
                count++;
            }

            if (count == 0)
            {
                return default;
            }

            // Filled back to front: the chain is walked from the last member to the first.
            var steps = new string[count];
            for (var current = member; current is IMemberReferenceOperation reference; current = reference.Instance)
            {
                steps[--count] = reference.Member.Name + OwnerSeparator + OwnerKey(reference.Member.ContainingType);
            }

            return ImmutableArray.Create(steps);
        }
    }
}
