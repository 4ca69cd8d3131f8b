using Seedance.Contracts.Simulator.Diagnostics;
using Seedance.Contracts.Simulator.Faults;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Simulator;

/// <summary>
/// The typed control surface of a running simulator: seed and script tasks, switch faults, read the
/// request log. Thread-safe. Registered as a singleton in the simulator's services, so an endpoint added
/// through <see cref="SeedanceSimulatorOptions.ConfigureEndpoints"/> (a provider-state handler) can take it
/// as a handler parameter or resolve it from <c>IEndpointRouteBuilder.ServiceProvider</c>.
/// </summary>
public sealed class SimulatorControl
{
    private readonly SeedanceSimulatorOptions _options;
    private readonly Lock _queueGate = new();
    private readonly Queue<TaskScript> _nextCreatedScripts = new();

    internal SimulatorControl(SeedanceSimulatorOptions options)
    {
        _options = options;
        Tasks = new TaskStore(options.TimeProvider, options.DefaultGeneratedUrls);
        Faults = new FaultState();
        Log = new RequestLog(options.RequestLogCapacity);
    }

    /// <summary>The API key the simulator accepts in <c>x-magnific-api-key</c>.</summary>
    public string ApiKey => _options.ApiKey;

    internal TaskStore Tasks { get; }

    internal FaultState Faults { get; }

    internal RequestLog Log { get; }

    internal TimeProvider TimeProvider => _options.TimeProvider;

    // ---- tasks ----

    /// <summary>
    /// Seeds (or replaces) a task that reports <paramref name="status"/> on every poll, for deterministic
    /// provider states. <paramref name="generated"/> defaults to the simulator's URL when COMPLETED and to none otherwise.
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="status">The status it reports.</param>
    /// <param name="generated">URLs it reports; null for the default described above.</param>
    /// <param name="variant">Which list it appears in.</param>
    /// <returns>The seeded task.</returns>
    public SimulatedTaskSnapshot SeedTask(Guid taskId, SimulatedTaskStatus status, IReadOnlyList<Uri>? generated = null, SeedanceVariant variant = SeedanceVariant.Mini480p)
    {
        var urls = generated ?? (status == SimulatedTaskStatus.Completed ? _options.DefaultGeneratedUrls(taskId) : null);
        return Tasks.AddFixed(taskId, variant, status.ToWireValue(), urls);
    }

    /// <summary>Seeds (or replaces) a task that follows <paramref name="script"/> from now on, as if just created.</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="script">Its progression, outcome and URLs.</param>
    /// <param name="variant">Which list it appears in.</param>
    /// <returns>The task as it is right after seeding.</returns>
    public SimulatedTaskSnapshot SeedTask(Guid taskId, TaskScript script, SeedanceVariant variant = SeedanceVariant.Mini480p)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Tasks.AddScripted(taskId, variant, prompt: null, script);
    }

    /// <summary>
    /// Seeds (or replaces) a task that reports a raw status string on every poll, including values the spec
    /// does not list (e.g. <c>"QUEUED"</c>), to test how a client handles an unknown status.
    /// </summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="wireStatus">The exact string to put in <c>status</c>.</param>
    /// <param name="variant">Which list it appears in.</param>
    /// <returns>The seeded task.</returns>
    public SimulatedTaskSnapshot SeedTaskWithWireStatus(Guid taskId, string wireStatus, SeedanceVariant variant = SeedanceVariant.Mini480p)
    {
        ArgumentException.ThrowIfNullOrEmpty(wireStatus);
        return Tasks.AddFixed(taskId, variant, wireStatus, generated: null);
    }

    /// <summary>Gives an existing task a new script; its schedule restarts (poll count and clock from zero).</summary>
    /// <param name="taskId">The task id.</param>
    /// <param name="script">The new script.</param>
    /// <exception cref="KeyNotFoundException">No task has that id.</exception>
    public void ScriptTask(Guid taskId, TaskScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (!Tasks.TryRescript(taskId, script))
        {
            throw new KeyNotFoundException($"The simulator has no task {taskId:D}.");
        }
    }

    /// <summary>
    /// Queues scripts for the next tasks created through the API, in order (one per create); they take
    /// precedence over prompt markers and the defaults.
    /// </summary>
    /// <param name="scripts">One script per upcoming create.</param>
    public void ScriptNextCreatedTasks(params TaskScript[] scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        lock (_queueGate)
        {
            foreach (var script in scripts)
            {
                _nextCreatedScripts.Enqueue(script ?? throw new ArgumentException("A script must not be null.", nameof(scripts)));
            }
        }
    }

    /// <summary>Removes a task; later requests for it get 404.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>True when the task existed.</returns>
    public bool RemoveTask(Guid taskId) => Tasks.Remove(taskId);

    /// <summary>Reads a task as the API would report it now, without counting a poll.</summary>
    /// <param name="taskId">The task id.</param>
    /// <returns>The task, or null when it does not exist.</returns>
    public SimulatedTaskSnapshot? GetTask(Guid taskId) => Tasks.Peek(taskId);

    /// <summary>All tasks in creation order, without counting polls.</summary>
    public IReadOnlyList<SimulatedTaskSnapshot> GetTasks() => Tasks.List(variant: null);

    // ---- faults ----

    /// <summary>Makes the next <paramref name="count"/> API requests fail with <paramref name="fault"/> (default 500).</summary>
    /// <param name="count">How many requests fail (0 cancels a pending countdown).</param>
    /// <param name="fault">The error to return; null for <see cref="SimulatedFault.InternalServerError"/>.</param>
    public void FailNextRequests(int count, SimulatedFault? fault = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Faults.FailNext(count, Checked(fault ?? SimulatedFault.InternalServerError));
    }

    /// <summary>Makes every API request fail with <paramref name="fault"/> until called with null.</summary>
    /// <param name="fault">The error to return, or null to switch the failing mode off.</param>
    public void SetFailingMode(SimulatedFault? fault) => Faults.SetPersistent(fault is null ? null : Checked(fault));

    /// <summary>Delays every API response by <paramref name="delay"/> (on the simulator's time provider); <see cref="TimeSpan.Zero"/> switches it off.</summary>
    /// <param name="delay">The delay to add.</param>
    public void SetResponseDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Faults.Delay = delay;
    }

    /// <summary>Switches all faults and delays off.</summary>
    public void ClearFaults() => Faults.Clear();

    // ---- request log ----

    /// <summary>Total number of requests answered since start or the last <see cref="ClearRequestLog"/>/<see cref="Reset"/>.</summary>
    public long RequestCount => Log.Total;

    /// <summary>The most recent answered requests, oldest first (bounded by <see cref="SeedanceSimulatorOptions.RequestLogCapacity"/>).</summary>
    public IReadOnlyList<SimulatorRequestRecord> GetRequestLog() => Log.Snapshot();

    /// <summary>Counts logged requests with the given method whose path equals <paramref name="path"/>.</summary>
    /// <param name="method">HTTP method, e.g. <c>GET</c> (case-insensitive).</param>
    /// <param name="path">Exact request path.</param>
    public int CountRequests(string method, string path) =>
        Log.Snapshot().Count(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(r.Path, path, StringComparison.Ordinal));

    /// <summary>Empties the request log and its count.</summary>
    public void ClearRequestLog() => Log.Clear();

    /// <summary>Back to a fresh simulator: no tasks, no queued scripts, no faults, empty log.</summary>
    public void Reset()
    {
        Tasks.Clear();
        Faults.Clear();
        Log.Clear();
        lock (_queueGate)
        {
            _nextCreatedScripts.Clear();
        }
    }

    // ---- used by the create endpoint ----

    internal Guid NewTaskId() => _options.TaskIdFactory?.Invoke() ?? Guid.NewGuid();

    /// <summary>Queued script first, then a prompt marker, then the options' defaults.</summary>
    internal TaskScript ChooseScriptForNewTask(string prompt)
    {
        lock (_queueGate)
        {
            if (_nextCreatedScripts.TryDequeue(out var queued))
            {
                return queued;
            }
        }

        var outcome = prompt.Contains(SeedanceSimulatorOptions.FailMarker, StringComparison.OrdinalIgnoreCase) ? SimulatedOutcome.Fail
            : prompt.Contains(SeedanceSimulatorOptions.CompleteMarker, StringComparison.OrdinalIgnoreCase) ? SimulatedOutcome.Complete
            : _options.DefaultOutcome;
        return new TaskScript(outcome, _options.DefaultProgression);
    }

    private static SimulatedFault Checked(SimulatedFault fault)
    {
        if (fault.StatusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.StatusCode, "A simulated fault needs an HTTP error status (400-599).");
        }

        return fault;
    }
}
