using Microsoft.CodeAnalysis;

namespace Seedance.Contracts.Analyzers
{
    /// <summary>Descriptors for SDC001–SDC004, and the property keys the code fixes read.</summary>
    internal static class StatusDiagnostics
    {
        public const string Category = "Reliability";
        public const string HelpBase = "https://example.invalid/seedance-contracts/blob/main/docs/rules/";

        /// <summary>Comma-separated member names the diagnostic is about.</summary>
        public const string MembersProperty = "Members";

        /// <summary>Present when the switch is over a tuple element or property path rather than the status itself.</summary>
        public const string ProjectionProperty = "Projection";

        /// <summary>Set when the status type came from <c>SeedanceStatusEnums</c> (no marker attributes).</summary>
        public const string FromOptionsProperty = "FromOptions";

        /// <summary>SDC004: set when the compared string is the status's own text (<c>ToString()</c>, <c>ToWireValue()</c>, <c>Enum.GetName</c>).</summary>
        public const string OperandProperty = "Operand";

        /// <summary>SDC004: set when the literal is only a near miss (a guess); the fix then offers nothing.</summary>
        public const string NearMissProperty = "NearMiss";

        /// <summary>SDC003: set when the loop also stops on a status that is not a success (say Unknown); the fix would drop that exit.</summary>
        public const string ExitsBeyondSuccessProperty = "ExitsBeyondSuccess";

        /// <summary>SDC004: the full name of the enum to compare with.</summary>
        public const string EnumProperty = "Enum";

        public static readonly DiagnosticDescriptor UnhandledFailureStatus = new DiagnosticDescriptor(
            DiagnosticIds.UnhandledFailureStatus,
            "A failure status is not explicitly handled",
            "Switch does not explicitly handle failure status {0}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A switch over a task status must name each failure member in an unguarded arm; a default, a discard or a guarded arm silently swallows the failure.",
            helpLinkUri: HelpBase + "SDC001.md");

        public static readonly DiagnosticDescriptor UnhandledOtherStatus = new DiagnosticDescriptor(
            DiagnosticIds.UnhandledOtherStatus,
            "A task status is not handled",
            "Switch does not handle status {0} and has no default",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A switch over a task status neither names these members nor has a default; a task in that state falls through silently.",
            helpLinkUri: HelpBase + "SDC002.md");

        public static readonly DiagnosticDescriptor PollingLoopIgnoresFailure = new DiagnosticDescriptor(
            DiagnosticIds.PollingLoopIgnoresFailure,
            "A polling loop never checks for failure",
            "Loop waits for {0} but never checks for {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A loop that only stops on the success status spins forever (or until its counter runs out) when the task fails; wait on !IsTerminal() and check for failure after the loop.",
            helpLinkUri: HelpBase + "SDC003.md");

        public static readonly DiagnosticDescriptor StatusComparedAsString = new DiagnosticDescriptor(
            DiagnosticIds.StatusComparedAsString,
            "A task status is compared as a raw string",
            "Status compared as the raw string {0}{1}; compare with {2} instead",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Comparing the wire string of a status is case-sensitive and typo-prone; parse it with the generated TryParse and compare enum values.",
            helpLinkUri: HelpBase + "SDC004.md");
    }
}
