namespace Seedance.Contracts;

/// <summary>
/// What a member of a generated task-status enum means for someone watching the task.
/// </summary>
public enum TaskStatusKind
{
    /// <summary>The task is still running (created, queued, in progress); poll again.</summary>
    Pending = 0,

    /// <summary>The task ended successfully; its result is available.</summary>
    Succeeded = 1,

    /// <summary>The task ended without a result (failed, errored, cancelled).</summary>
    Failed = 2,

    /// <summary>The server sent a status the spec does not list; its meaning is not known.</summary>
    Unknown = 3,
}
