using Seedance.TaskWatcher.Cli;

namespace Seedance.TaskWatcher.Watching;

/// <summary>The printed result of one watched task or demo step.</summary>
/// <param name="Label">What the user sees as the name of the step (e.g. the prompt).</param>
/// <param name="TaskId">The task id, when there is one.</param>
/// <param name="Kind">How it ended.</param>
/// <param name="FinalStatus">Last task status seen (wire value), when known.</param>
/// <param name="Generated">Generated URLs of a completed task.</param>
/// <param name="Detail">HTTP status and API message of an error, or the reason of a timeout.</param>
internal sealed record WatchOutcome(
    string Label,
    string? TaskId,
    OutcomeKind Kind,
    string? FinalStatus,
    IReadOnlyList<string> Generated,
    string? Detail)
{
    public int ExitCode => Kind switch
    {
        OutcomeKind.Completed => ExitCodes.Success,
        OutcomeKind.Failed => ExitCodes.TaskFailed,
        OutcomeKind.Authentication => ExitCodes.Authentication,
        OutcomeKind.NotFound => ExitCodes.NotFound,
        OutcomeKind.ServerError => ExitCodes.ServerError,
        OutcomeKind.Timeout => ExitCodes.Timeout,
        _ => ExitCodes.OtherApiError,
    };
}
