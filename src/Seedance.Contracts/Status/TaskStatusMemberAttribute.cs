namespace Seedance.Contracts;

/// <summary>
/// Describes one member of a task-status enum: the value the server sends and what it means.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class TaskStatusMemberAttribute : Attribute
{
    /// <summary>Creates the description of a status member.</summary>
    /// <param name="wireValue">The exact string the server sends (for example <c>COMPLETED</c>);
    /// <see langword="null"/> only on the member that stands for values the spec does not list.</param>
    /// <param name="kind">Whether the status is pending, a success, a failure or unknown.</param>
    public TaskStatusMemberAttribute(string? wireValue, TaskStatusKind kind)
    {
        WireValue = wireValue;
        Kind = kind;
    }

    /// <summary>The exact string the server sends; <see langword="null"/> on the Unknown member.</summary>
    public string? WireValue { get; }

    /// <summary>What the status means for someone watching the task.</summary>
    public TaskStatusKind Kind { get; }

    /// <summary>Whether the task has ended (successfully or not) once it reports this status.</summary>
    public bool IsTerminal => Kind is TaskStatusKind.Succeeded or TaskStatusKind.Failed;
}
