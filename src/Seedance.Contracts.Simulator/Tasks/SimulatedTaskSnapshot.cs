namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>A read-only view of one simulated task, as the API would report it right now.</summary>
/// <param name="TaskId">The task id (a UUID, as the spec's <c>task_id</c> format says).</param>
/// <param name="Variant">The create endpoint it belongs to.</param>
/// <param name="WireStatus">The status string the API reports (normally a spec value; seeded tasks may carry others).</param>
/// <param name="Generated">The <c>generated</c> URLs the API reports (empty unless COMPLETED).</param>
/// <param name="PollsServed">How many status polls (GET of this task) have been answered.</param>
/// <param name="Prompt">The prompt it was created with; null for seeded tasks.</param>
public sealed record SimulatedTaskSnapshot(
    Guid TaskId,
    SeedanceVariant Variant,
    string WireStatus,
    IReadOnlyList<Uri> Generated,
    int PollsServed,
    string? Prompt);
