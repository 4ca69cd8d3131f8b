namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>Thread-safe in-memory task table; statuses are computed when read, from polls and time.</summary>
internal sealed class TaskStore(TimeProvider timeProvider, Func<Guid, IReadOnlyList<Uri>> defaultGenerated)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, SimulatedTask> _tasks = [];
    private long _nextSequence;

    /// <summary>Adds or replaces a task following <paramref name="script"/>; returns its state right after creation.</summary>
    public SimulatedTaskSnapshot AddScripted(Guid id, SeedanceVariant variant, string? prompt, TaskScript script)
    {
        lock (_gate)
        {
            var task = NewTask(id, variant, prompt);
            task.Script = script;
            _tasks[id] = task;
            return task.Snapshot(timeProvider.GetUtcNow(), defaultGenerated);
        }
    }

    /// <summary>Adds or replaces a task pinned to <paramref name="wireStatus"/>.</summary>
    public SimulatedTaskSnapshot AddFixed(Guid id, SeedanceVariant variant, string wireStatus, IReadOnlyList<Uri>? generated)
    {
        lock (_gate)
        {
            var task = NewTask(id, variant, prompt: null);
            task.FixedWireStatus = wireStatus;
            task.FixedGenerated = generated;
            _tasks[id] = task;
            return task.Snapshot(timeProvider.GetUtcNow(), defaultGenerated);
        }
    }

    /// <summary>Gives an existing task a new script and restarts its schedule (polls and clock from zero).</summary>
    public bool TryRescript(Guid id, TaskScript script)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(id, out var task))
            {
                return false;
            }

            task.Script = script;
            task.FixedWireStatus = null;
            task.FixedGenerated = null;
            task.PollsServed = 0;
            task.CreatedAt = timeProvider.GetUtcNow();
            return true;
        }
    }

    /// <summary>Answers one status poll: counts it, then reports the status at that poll.</summary>
    public SimulatedTaskSnapshot? Poll(Guid id)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(id, out var task))
            {
                return null;
            }

            task.PollsServed++;
            return task.Snapshot(timeProvider.GetUtcNow(), defaultGenerated);
        }
    }

    /// <summary>Reads a task without counting a poll.</summary>
    public SimulatedTaskSnapshot? Peek(Guid id)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(id, out var task) ? task.Snapshot(timeProvider.GetUtcNow(), defaultGenerated) : null;
        }
    }

    /// <summary>Lists tasks in creation order, optionally only one variant's, without counting polls.</summary>
    public IReadOnlyList<SimulatedTaskSnapshot> List(SeedanceVariant? variant)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            return _tasks.Values
                .Where(t => variant is null || t.Variant == variant)
                .OrderBy(t => t.Sequence)
                .Select(t => t.Snapshot(now, defaultGenerated))
                .ToArray();
        }
    }

    public bool Remove(Guid id)
    {
        lock (_gate)
        {
            return _tasks.Remove(id);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _tasks.Clear();
        }
    }

    private SimulatedTask NewTask(Guid id, SeedanceVariant variant, string? prompt) =>
        new(id, variant, prompt, timeProvider.GetUtcNow(), _nextSequence++);
}
