using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Output;

/// <summary>Shared wording of outcomes, so the live and the plain console say the same things.</summary>
internal static class OutcomeText
{
    public static string Headline(WatchOutcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Completed => "COMPLETED",
        OutcomeKind.Failed => "FAILED",
        OutcomeKind.Authentication => "AUTH ERROR",
        OutcomeKind.NotFound => "NOT FOUND",
        OutcomeKind.ServerError => "SERVER ERROR",
        OutcomeKind.Timeout => "TIMEOUT",
        _ => "API ERROR",
    };

    public static string Subject(WatchOutcome outcome) =>
        outcome.TaskId is null ? outcome.Label : $"{outcome.Label} (task {outcome.TaskId})";

    public static IEnumerable<string> DetailLines(WatchOutcome outcome)
    {
        if (outcome.Kind == OutcomeKind.Failed)
        {
            yield return $"the task ended with status {outcome.FinalStatus}; no video was generated";
        }

        if (outcome.Kind == OutcomeKind.Timeout && outcome.FinalStatus is not null)
        {
            yield return $"last status seen: {outcome.FinalStatus}";
        }

        foreach (var url in outcome.Generated)
        {
            yield return $"generated: {url}";
        }

        if (outcome.Detail is not null)
        {
            yield return outcome.Detail;
        }
    }
}
