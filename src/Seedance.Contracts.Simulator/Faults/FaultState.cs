namespace Seedance.Contracts.Simulator.Faults;

/// <summary>Thread-safe switchboard for injected faults: a countdown of failing requests, a persistent failing mode and a delay.</summary>
internal sealed class FaultState
{
    private readonly Lock _gate = new();
    private SimulatedFault? _countdownFault;
    private int _countdownRemaining;
    private SimulatedFault? _persistentFault;
    private TimeSpan _delay;
    private int _requestsInDelay;

    /// <summary>Requests currently held by the delay (lets tests advance a fake clock only once a request waits).</summary>
    public int RequestsInDelay => Volatile.Read(ref _requestsInDelay);

    public void EnterDelay() => Interlocked.Increment(ref _requestsInDelay);

    public void LeaveDelay() => Interlocked.Decrement(ref _requestsInDelay);

    public TimeSpan Delay
    {
        get { lock (_gate) { return _delay; } }
        set { lock (_gate) { _delay = value; } }
    }

    public void FailNext(int count, SimulatedFault fault)
    {
        lock (_gate)
        {
            _countdownFault = fault;
            _countdownRemaining = count;
        }
    }

    public void SetPersistent(SimulatedFault? fault)
    {
        lock (_gate)
        {
            _persistentFault = fault;
        }
    }

    /// <summary>The fault for the current request, if any; consumes one countdown slot.</summary>
    public SimulatedFault? Take()
    {
        lock (_gate)
        {
            if (_persistentFault is not null)
            {
                return _persistentFault;
            }

            if (_countdownRemaining > 0)
            {
                _countdownRemaining--;
                return _countdownFault;
            }

            return null;
        }
    }

    public int RemainingCountdown
    {
        get { lock (_gate) { return _countdownRemaining; } }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _countdownFault = null;
            _countdownRemaining = 0;
            _persistentFault = null;
            _delay = TimeSpan.Zero;
        }
    }
}
