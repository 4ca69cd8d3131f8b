using System.Collections.Generic;
using System.Linq;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// Recognises status enums by their values, whatever the property is called: a string enum with a
    /// success terminal and a failure terminal; every other value is Pending. The built-in terminals
    /// (COMPLETED, SUCCEEDED, ... / FAILED, ERROR, CANCELLED, ...) match case-insensitively; a spec's
    /// <c>StatusSuccess</c>/<c>StatusFailure</c> item metadata replaces them with exact wire values, and
    /// <c>NotStatusEnums</c> names enums that stay plain whatever their values.
    /// </summary>
    internal sealed class StatusClassifier
    {
        private static readonly HashSet<string> BuiltInSuccess = new HashSet<string>
        {
            "COMPLETED", "COMPLETE", "SUCCEEDED", "SUCCESS", "SUCCESSFUL", "DONE", "FINISHED",
        };

        private static readonly HashSet<string> BuiltInFailure = new HashSet<string>
        {
            "FAILED", "FAILURE", "ERROR", "ERRORED", "CANCELLED", "CANCELED", "REJECTED", "EXPIRED", "TIMEOUT", "TIMED_OUT", "ABORTED",
        };

        /// <summary>The built-in rules (no item metadata).</summary>
        public static readonly StatusClassifier Default = new StatusClassifier(null, null, null);

        // Null: the built-in list (normalized matching); otherwise the spec's exact wire values.
        private readonly HashSet<string>? _success;
        private readonly HashSet<string>? _failure;

        private StatusClassifier(HashSet<string>? success, HashSet<string>? failure, HashSet<string>? notStatus)
        {
            _success = success;
            _failure = failure;
            NotStatusEnums = notStatus ?? new HashSet<string>();
        }

        /// <summary>Enum names (generated, unprefixed or schema name) that are never status enums.</summary>
        public HashSet<string> NotStatusEnums { get; }

        /// <summary>The rules of one spec, from its SeedanceSpec item metadata (values separated by ';' or ',': MSBuild passes ',').</summary>
        public static StatusClassifier For(SpecOptions options)
        {
            if (options.StatusSuccess == null && options.StatusFailure == null && options.NotStatusEnums == null)
            {
                return Default;
            }

            return new StatusClassifier(List(options.StatusSuccess), List(options.StatusFailure), List(options.NotStatusEnums));
        }

        /// <summary>Wire values listed both as success and as failure (success wins; reported as SDG010).</summary>
        public IEnumerable<string> Conflicts() =>
            _success != null && _failure != null ? _success.Where(_failure.Contains).OrderBy(v => v, System.StringComparer.Ordinal) : Enumerable.Empty<string>();

        /// <summary>Whether an enum with these names and values is a status enum.</summary>
        public bool IsStatusEnum(IEnumerable<string> names, IEnumerable<string> values)
        {
            if (names.Any(NotStatusEnums.Contains))
            {
                return false;
            }

            var list = values.ToList();
            return list.Any(IsSuccess) && list.Any(IsFailure);
        }

        /// <summary>TaskStatusKind member name for a wire value of a status enum.</summary>
        public string KindOf(string value) => IsSuccess(value) ? "Succeeded" : IsFailure(value) ? "Failed" : "Pending";

        private bool IsSuccess(string value) => _success?.Contains(value) ?? BuiltInSuccess.Contains(Normalize(value));

        private bool IsFailure(string value) => _failure?.Contains(value) ?? BuiltInFailure.Contains(Normalize(value));

        private static HashSet<string>? List(string? text) =>
            text == null ? null : new HashSet<string>(text.Split(';', ',').Select(v => v.Trim()).Where(v => v.Length > 0), System.StringComparer.Ordinal);

        private static string Normalize(string value) => value.Trim().Replace('-', '_').Replace(' ', '_').ToUpperInvariant();
    }
}
