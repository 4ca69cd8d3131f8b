namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>Where a task is on its way; the terminal phase maps to the task's outcome.</summary>
internal enum TaskPhase
{
    Created,
    InProgress,
    Terminal,
}
