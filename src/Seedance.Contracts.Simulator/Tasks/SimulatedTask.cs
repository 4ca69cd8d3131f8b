namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>
/// Mutable state of one task inside <see cref="TaskStore"/>; only touched under the store's lock.
/// A task either follows a <see cref="TaskScript"/> or is pinned to a fixed wire status (seeded tasks).
/// </summary>
internal sealed class SimulatedTask
{
    private static readonly IReadOnlyList<Uri> NoUrls = [];

    public SimulatedTask(Guid id, SeedanceVariant variant, string? prompt, DateTimeOffset createdAt, long sequence)
    {
        Id = id;
        Variant = variant;
        Prompt = prompt;
        CreatedAt = createdAt;
        Sequence = sequence;
    }

    public Guid Id { get; }

    public SeedanceVariant Variant { get; }

    public string? Prompt { get; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Insertion order, so lists are stable even when two tasks share a timestamp.</summary>
    public long Sequence { get; }

    public int PollsServed { get; set; }

    public TaskScript? Script { get; set; }

    public string? FixedWireStatus { get; set; }

    public IReadOnlyList<Uri>? FixedGenerated { get; set; }

    public SimulatedTaskSnapshot Snapshot(DateTimeOffset now, Func<Guid, IReadOnlyList<Uri>> defaultGenerated)
    {
        if (FixedWireStatus is not null)
        {
            return new SimulatedTaskSnapshot(Id, Variant, FixedWireStatus, FixedGenerated ?? NoUrls, PollsServed, Prompt);
        }

        var script = Script ?? throw new InvalidOperationException($"Task {Id} has neither a script nor a fixed status.");
        var phase = script.Progression.PhaseAt(PollsServed, now - CreatedAt);
        var status = phase switch
        {
            TaskPhase.Created => SimulatedTaskStatus.Created,
            TaskPhase.InProgress => SimulatedTaskStatus.InProgress,
            _ => script.Outcome == SimulatedOutcome.Complete ? SimulatedTaskStatus.Completed : SimulatedTaskStatus.Failed,
        };
        var generated = status == SimulatedTaskStatus.Completed ? script.Generated ?? defaultGenerated(Id) : NoUrls;
        return new SimulatedTaskSnapshot(Id, Variant, status.ToWireValue(), generated, PollsServed, Prompt);
    }
}
