namespace Seedance.Contracts;

/// <summary>
/// A watched task ended in a failure status (for example <c>FAILED</c>). <see cref="Detail"/> holds the last
/// task detail the API returned; catch <see cref="TaskFailedException{TDetail}"/> for it typed.
/// </summary>
public class TaskFailedException : SeedanceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task that failed.</param>
    /// <param name="status">The failure status as the API named it.</param>
    /// <param name="detail">The task detail the API returned with the failure status.</param>
    public TaskFailedException(string taskId, string status, object detail)
        : base($"Task '{taskId}' ended with status {status}.")
    {
        TaskId = taskId;
        Status = status;
        Detail = detail;
    }

    /// <summary>The task that failed.</summary>
    public string TaskId { get; }

    /// <summary>The failure status, as text (for example <c>FAILED</c>).</summary>
    public string Status { get; }

    /// <summary>The task detail the API returned with the failure status.</summary>
    public object Detail { get; }
}
