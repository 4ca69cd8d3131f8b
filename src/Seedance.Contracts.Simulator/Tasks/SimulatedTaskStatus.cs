namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>The task statuses the Magnific spec lists for Seedance 2.0 Mini tasks.</summary>
public enum SimulatedTaskStatus
{
    /// <summary>Wire value <c>CREATED</c>: the task was accepted and is queued.</summary>
    Created,

    /// <summary>Wire value <c>IN_PROGRESS</c>: the task is being generated.</summary>
    InProgress,

    /// <summary>Wire value <c>COMPLETED</c>: the task finished; <c>generated</c> holds its URLs.</summary>
    Completed,

    /// <summary>Wire value <c>FAILED</c>: the task ended without a result.</summary>
    Failed,
}

/// <summary>Converts <see cref="SimulatedTaskStatus"/> to the spec's wire values.</summary>
public static class SimulatedTaskStatusExtensions
{
    /// <summary>Returns the spec's wire value (<c>CREATED</c>, <c>IN_PROGRESS</c>, <c>COMPLETED</c>, <c>FAILED</c>).</summary>
    /// <param name="status">The status to convert.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToWireValue(this SimulatedTaskStatus status) => status switch
    {
        SimulatedTaskStatus.Created => "CREATED",
        SimulatedTaskStatus.InProgress => "IN_PROGRESS",
        SimulatedTaskStatus.Completed => "COMPLETED",
        SimulatedTaskStatus.Failed => "FAILED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a simulated task status."),
    };

    /// <summary>Parses a wire value exactly (ordinal); returns false for values the spec does not list.</summary>
    /// <param name="wireValue">The wire value, e.g. <c>IN_PROGRESS</c>.</param>
    /// <param name="status">The parsed status when the method returns true.</param>
    public static bool TryParseWireValue(string? wireValue, out SimulatedTaskStatus status)
    {
        switch (wireValue)
        {
            case "CREATED": status = SimulatedTaskStatus.Created; return true;
            case "IN_PROGRESS": status = SimulatedTaskStatus.InProgress; return true;
            case "COMPLETED": status = SimulatedTaskStatus.Completed; return true;
            case "FAILED": status = SimulatedTaskStatus.Failed; return true;
            default: status = default; return false;
        }
    }
}
