namespace Seedance.Contracts;

/// <summary>A watched task ended in a failure status; <see cref="Detail"/> is the typed task detail.</summary>
/// <typeparam name="TDetail">The generated task detail type.</typeparam>
public class TaskFailedException<TDetail> : TaskFailedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskId">The task that failed.</param>
    /// <param name="status">The failure status as the API named it.</param>
    /// <param name="detail">The task detail the API returned with the failure status.</param>
    public TaskFailedException(string taskId, string status, TDetail detail)
        : base(taskId, status, (object?)detail ?? throw new ArgumentNullException(nameof(detail)))
    {
        Detail = detail;
    }

    /// <summary>The task detail the API returned with the failure status.</summary>
    public new TDetail Detail { get; }
}
