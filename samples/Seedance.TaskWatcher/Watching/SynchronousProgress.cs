namespace Seedance.TaskWatcher.Watching;

/// <summary>
/// Reports on the poller's own thread. <see cref="Progress{T}"/> would post to the thread pool in a
/// console app, so statuses of one task could be drawn out of order.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
