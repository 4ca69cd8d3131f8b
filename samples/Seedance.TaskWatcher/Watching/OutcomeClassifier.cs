using Seedance.Contracts;

namespace Seedance.TaskWatcher.Watching;

/// <summary>Turns the runtime's typed errors into outcomes; the runtime guarantees none of them carries the key.</summary>
internal static class OutcomeClassifier
{
    public static WatchOutcome FromException(string label, string? taskId, Exception error) => error switch
    {
        TaskFailedException<TaskDetail> failed => new WatchOutcome(label, taskId, OutcomeKind.Failed, failed.Status, UrlsOf(failed.Detail), null),
        TaskFailedException failed => new WatchOutcome(label, taskId, OutcomeKind.Failed, failed.Status, [], null),
        TaskPollingTimeoutException timeout => new WatchOutcome(label, taskId, OutcomeKind.Timeout, timeout.LastStatus, [], timeout.Message),
        SeedanceAuthenticationException auth => Api(label, taskId, OutcomeKind.Authentication, auth),
        SeedanceNotFoundException notFound => Api(label, taskId, OutcomeKind.NotFound, notFound),
        SeedanceServerException server => Api(label, taskId, OutcomeKind.ServerError, server),
        SeedanceApiException api => Api(label, taskId, OutcomeKind.OtherApiError, api),
        TaskCanceledException or TimeoutException => new WatchOutcome(label, taskId, OutcomeKind.Timeout, null, [], "The API did not answer in time."),
        HttpRequestException http => new WatchOutcome(label, taskId, OutcomeKind.ServerError, null, [], $"Could not reach the API: {http.Message}"),
        SeedanceException other => new WatchOutcome(label, taskId, OutcomeKind.OtherApiError, null, [], other.Message),
        _ => throw new InvalidOperationException($"Unexpected error while watching '{label}'.", error),
    };

    public static WatchOutcome Completed(string label, TaskDetail detail) =>
        new(label, detail.TaskId.ToString(), OutcomeKind.Completed, detail.Status.ToWireValue(), UrlsOf(detail), null);

    public static IReadOnlyList<string> UrlsOf(TaskDetail detail) =>
        detail.Generated is null ? [] : detail.Generated.Select(u => u.ToString()).ToArray();

    private static WatchOutcome Api(string label, string? taskId, OutcomeKind kind, SeedanceApiException error) =>
        new(label, taskId, kind, null, [], $"HTTP {(int)error.StatusCode}: {error.ApiMessage ?? error.BodyExcerpt ?? "(no message)"}");
}
