namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>
/// The schedule on which a simulated task moves CREATED → IN_PROGRESS → its terminal status: either by
/// the number of status polls (GET of the task) it has answered, or by time elapsed on the simulator's
/// <see cref="TimeProvider"/> since it was created.
/// </summary>
public abstract class TaskProgression
{
    private protected TaskProgression()
    {
    }

    /// <summary>
    /// Poll-driven: the first <paramref name="createdPolls"/> status polls answer CREATED, the next
    /// <paramref name="inProgressPolls"/> answer IN_PROGRESS, every later poll answers the terminal status.
    /// List requests do not count as polls. <c>ByPollCount(0, 0)</c> is terminal on the first poll.
    /// </summary>
    /// <param name="createdPolls">Number of polls answered with CREATED (0 or more).</param>
    /// <param name="inProgressPolls">Number of polls answered with IN_PROGRESS (0 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TaskProgression ByPollCount(int createdPolls, int inProgressPolls)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(createdPolls);
        ArgumentOutOfRangeException.ThrowIfNegative(inProgressPolls);
        return new PollCountProgression(createdPolls, inProgressPolls);
    }

    /// <summary>
    /// Time-driven: CREATED while less than <paramref name="createdFor"/> has elapsed since creation,
    /// then IN_PROGRESS for <paramref name="inProgressFor"/>, then the terminal status. Time is read from
    /// <see cref="SeedanceSimulatorOptions.TimeProvider"/>, so a fake time provider drives it in tests.
    /// </summary>
    /// <param name="createdFor">How long the task stays CREATED.</param>
    /// <param name="inProgressFor">How long the task then stays IN_PROGRESS.</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative.</exception>
    public static TaskProgression ByTime(TimeSpan createdFor, TimeSpan inProgressFor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(createdFor, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(inProgressFor, TimeSpan.Zero);
        return new TimeProgression(createdFor, inProgressFor);
    }

    /// <summary>Computes the phase after <paramref name="pollsServed"/> polls and <paramref name="elapsed"/> time.</summary>
    internal abstract TaskPhase PhaseAt(int pollsServed, TimeSpan elapsed);

    private sealed class PollCountProgression(int createdPolls, int inProgressPolls) : TaskProgression
    {
        internal override TaskPhase PhaseAt(int pollsServed, TimeSpan elapsed) =>
            pollsServed <= createdPolls ? TaskPhase.Created
            : pollsServed <= createdPolls + inProgressPolls ? TaskPhase.InProgress
            : TaskPhase.Terminal;

        public override string ToString() => $"ByPollCount(created: {createdPolls}, inProgress: {inProgressPolls})";
    }

    private sealed class TimeProgression(TimeSpan createdFor, TimeSpan inProgressFor) : TaskProgression
    {
        internal override TaskPhase PhaseAt(int pollsServed, TimeSpan elapsed) =>
            elapsed < createdFor ? TaskPhase.Created
            : elapsed < createdFor + inProgressFor ? TaskPhase.InProgress
            : TaskPhase.Terminal;

        public override string ToString() => $"ByTime(created: {createdFor}, inProgress: {inProgressFor})";
    }
}
