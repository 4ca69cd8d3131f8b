namespace Seedance.Contracts.Analyzers
{
    /// <summary>The ids of the task-status diagnostics (stable once shipped).</summary>
    public static class DiagnosticIds
    {
        /// <summary>A failure status is not explicitly handled by a switch.</summary>
        public const string UnhandledFailureStatus = "SDC001";

        /// <summary>Other statuses are not handled by a switch that has no default.</summary>
        public const string UnhandledOtherStatus = "SDC002";

        /// <summary>A polling loop waits for success but never checks for failure.</summary>
        public const string PollingLoopIgnoresFailure = "SDC003";

        /// <summary>A status is compared as a raw string.</summary>
        public const string StatusComparedAsString = "SDC004";
    }
}
