using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Modes;

/// <summary>A demo step's outcome next to what the demo expected of it.</summary>
internal sealed record DemoStep(WatchOutcome Outcome, OutcomeKind Expected)
{
    public bool AsExpected => Outcome.Kind == Expected;
}
