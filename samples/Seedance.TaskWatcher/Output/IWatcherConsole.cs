using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Output;

/// <summary>Everything the tool prints goes through here: a live (terminal) and a plain (redirected/CI) implementation.</summary>
internal interface IWatcherConsole
{
    void Heading(string text);

    void Info(string text);

    void Error(string text);

    /// <summary>Prints one final outcome (status, generated URLs or the failure).</summary>
    void Outcome(WatchOutcome outcome);

    /// <summary>Runs every item at once, showing each status change, and returns the outcomes in item order.</summary>
    Task<IReadOnlyList<WatchOutcome>> WatchAllAsync(IReadOnlyList<WatchItem> items);
}
