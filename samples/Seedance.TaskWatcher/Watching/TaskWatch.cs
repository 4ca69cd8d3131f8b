using Seedance.Contracts;

namespace Seedance.TaskWatcher.Watching;

/// <summary>Watches one task through the generated client's WaitForCompletionAsync and reports every status seen.</summary>
internal static class TaskWatch
{
    /// <param name="client">The generated client.</param>
    /// <param name="label">Name shown for the task.</param>
    /// <param name="taskId">The task to watch.</param>
    /// <param name="onStatus">Called for every observed status, on the polling thread.</param>
    /// <param name="cancellationToken">Stops watching.</param>
    public static async Task<WatchOutcome> RunAsync(MagnificClient client, string label, string taskId, Action<MagnificTaskStatus> onStatus, CancellationToken cancellationToken)
    {
        try
        {
            var progress = new SynchronousProgress<TaskDetail>(detail => onStatus(detail.Status));
            var detail = await client.WaitForCompletionAsync(taskId, progress, cancellationToken);
            return OutcomeClassifier.Completed(label, detail);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return OutcomeClassifier.FromException(label, taskId, error);
        }
    }
}
