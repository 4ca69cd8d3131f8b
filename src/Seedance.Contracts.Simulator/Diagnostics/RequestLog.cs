namespace Seedance.Contracts.Simulator.Diagnostics;

/// <summary>Bounded, thread-safe log of answered requests; the total count keeps growing past the bound.</summary>
internal sealed class RequestLog(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<SimulatorRequestRecord> _records = new();
    private long _total;

    public long Total
    {
        get { lock (_gate) { return _total; } }
    }

    public void Add(SimulatorRequestRecord record)
    {
        lock (_gate)
        {
            _total++;
            if (capacity <= 0)
            {
                return;
            }

            // Keep the newest entries: long benchmark runs must not grow memory without bound.
            if (_records.Count == capacity)
            {
                _records.Dequeue();
            }

            _records.Enqueue(record);
        }
    }

    public IReadOnlyList<SimulatorRequestRecord> Snapshot()
    {
        lock (_gate)
        {
            return _records.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
            _total = 0;
        }
    }
}
