using Seedance.Contracts;

namespace Seedance.TaskWatcher.Watching;

/// <summary>How a status is drawn: a progress percentage and a label. Exhaustive over the generated enum.</summary>
internal static class StatusDisplay
{
    public static double Percent(MagnificTaskStatus status) => status.Match(
        unknown: () => 5d,
        created: () => 10d,
        inProgress: () => 50d,
        completed: () => 100d,
        failed: () => 100d);

    public static string Label(MagnificTaskStatus status) => status.ToWireValue() ?? "UNKNOWN";
}
