using System.Collections.Generic;
using System.Text;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>
    /// Classifies members of enums named in <c>SeedanceStatusEnums</c> (which carry no marker attributes) by
    /// their names, and derives the wire value they most likely have (UPPER_SNAKE_CASE).
    /// </summary>
    internal static class StatusNameClassifier
    {
        private static readonly HashSet<string> FailureNames = new HashSet<string>
        {
            "FAILED", "FAILURE", "FAIL", "ERROR", "ERRORED", "CANCELLED", "CANCELED", "ABORTED", "REJECTED",
            "TIMEDOUT", "TIMEOUT", "EXPIRED",
        };

        private static readonly HashSet<string> SuccessNames = new HashSet<string>
        {
            "COMPLETED", "COMPLETE", "SUCCEEDED", "SUCCESS", "SUCCESSFUL", "DONE", "FINISHED",
        };

        private static readonly HashSet<string> UnknownNames = new HashSet<string>
        {
            "UNKNOWN", "UNSPECIFIED", "UNRECOGNIZED",
        };

        public static StatusKind Classify(string memberName)
        {
            var key = memberName.Replace("_", string.Empty).ToUpperInvariant();
            if (FailureNames.Contains(key))
            {
                return StatusKind.Failed;
            }

            if (SuccessNames.Contains(key))
            {
                return StatusKind.Succeeded;
            }

            return UnknownNames.Contains(key) ? StatusKind.Unknown : StatusKind.Pending;
        }

        /// <summary><c>InProgress</c> becomes <c>IN_PROGRESS</c>; names already containing underscores are upper-cased.</summary>
        public static string ToUpperSnake(string memberName)
        {
            if (memberName.IndexOf('_') >= 0)
            {
                return memberName.ToUpperInvariant();
            }

            var builder = new StringBuilder(memberName.Length + 4);
            for (var i = 0; i < memberName.Length; i++)
            {
                var c = memberName[i];
                if (i > 0 && char.IsUpper(c) && !char.IsUpper(memberName[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToUpperInvariant(c));
            }

            return builder.ToString();
        }
    }
}
