namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>How a simulated task ends once its progression reaches the terminal phase.</summary>
public enum SimulatedOutcome
{
    /// <summary>The task ends <c>COMPLETED</c> with generated URLs.</summary>
    Complete,

    /// <summary>The task ends <c>FAILED</c> with an empty <c>generated</c> list.</summary>
    Fail,
}
