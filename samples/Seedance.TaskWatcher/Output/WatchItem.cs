using Seedance.Contracts;
using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Output;

/// <summary>One task to watch: its label and the work, which reports statuses through the given callback.</summary>
internal sealed record WatchItem(string Label, Func<Action<MagnificTaskStatus>, Task<WatchOutcome>> Run);
