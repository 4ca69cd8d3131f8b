namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>
/// The life of one simulated task: how it progresses, how it ends and, when it completes, which URLs it
/// generated. Used as the default for created tasks, as a per-task override
/// (<see cref="SimulatorControl.ScriptTask"/>, <see cref="SimulatorControl.ScriptNextCreatedTasks"/>) and for seeding.
/// </summary>
/// <param name="Outcome">How the task ends.</param>
/// <param name="Progression">When it moves from phase to phase.</param>
/// <param name="Generated">URLs reported once COMPLETED; null means the simulator's default URL for the task.</param>
public sealed record TaskScript(SimulatedOutcome Outcome, TaskProgression Progression, IReadOnlyList<Uri>? Generated = null)
{
    /// <summary>A task that completes on <paramref name="progression"/> with <paramref name="generated"/> URLs.</summary>
    /// <param name="progression">The schedule to follow.</param>
    /// <param name="generated">URLs reported once COMPLETED; null for the simulator's default URL.</param>
    public static TaskScript Completes(TaskProgression progression, IReadOnlyList<Uri>? generated = null) =>
        new(SimulatedOutcome.Complete, progression, generated);

    /// <summary>A task that fails on <paramref name="progression"/>.</summary>
    /// <param name="progression">The schedule to follow.</param>
    public static TaskScript Fails(TaskProgression progression) => new(SimulatedOutcome.Fail, progression);
}
