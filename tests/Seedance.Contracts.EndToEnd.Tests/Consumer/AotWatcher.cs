// The clean consumer published with NativeAOT: creates a task on the server given in args[0] (key args[1])
// and watches it to the end, printing every status it observes and the outcome.
using Seedance.Contracts;

var options = new MagnificClientOptions
{
    ApiKey = args[1],
    BaseAddress = new Uri(args[0]),
    Polling = new TaskPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromSeconds(30) },
};
using var client = new MagnificClient(options);
var prompt = args.Length > 2 ? args[2] : "a cat";
var created = await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = prompt });
Console.WriteLine($"created {created.Data.TaskId} {created.Data.Status.ToWireValue()}");
var progress = new SynchronousProgress(detail => Console.WriteLine($"observed {detail.Status.ToWireValue()}"));
try
{
    var done = await client.WaitForCompletionAsync(created.Data.TaskId.ToString(), progress);
    Console.WriteLine($"outcome COMPLETED {string.Join(" ", done.Generated)}");
    return 0;
}
catch (TaskFailedException<TaskDetail> failed)
{
    Console.WriteLine($"outcome FAILED {failed.Detail.TaskId}");
    return 3;
}

/// <summary>Reports on the caller's thread, so lines come out in order.</summary>
internal sealed class SynchronousProgress(Action<TaskDetail> report) : IProgress<TaskDetail>
{
    public void Report(TaskDetail value) => report(value);
}
