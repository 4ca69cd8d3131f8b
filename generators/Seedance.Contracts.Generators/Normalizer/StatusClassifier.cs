using System.Collections.Generic;
using System.Linq;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// Recognises status enums by their values, whatever the property is called: a string enum with a
    /// success terminal (COMPLETED, SUCCEEDED, ...) and a failure terminal (FAILED, ERROR, CANCELLED, ...).
    /// Every other value is Pending.
    /// </summary>
    internal static class StatusClassifier
    {
        private static readonly HashSet<string> Success = new HashSet<string>
        {
            "COMPLETED", "COMPLETE", "SUCCEEDED", "SUCCESS", "SUCCESSFUL", "DONE", "FINISHED",
        };

        private static readonly HashSet<string> Failure = new HashSet<string>
        {
            "FAILED", "FAILURE", "ERROR", "ERRORED", "CANCELLED", "CANCELED", "REJECTED", "EXPIRED", "TIMEOUT", "TIMED_OUT", "ABORTED",
        };

        public static bool IsStatusEnum(IEnumerable<string> values)
        {
            var upper = values.Select(Normalize).ToList();
            return upper.Any(Success.Contains) && upper.Any(Failure.Contains);
        }

        /// <summary>TaskStatusKind member name for a wire value of a status enum.</summary>
        public static string KindOf(string value)
        {
            string v = Normalize(value);
            return Success.Contains(v) ? "Succeeded" : Failure.Contains(v) ? "Failed" : "Pending";
        }

        private static string Normalize(string value) => value.Trim().Replace('-', '_').Replace(' ', '_').ToUpperInvariant();
    }
}
