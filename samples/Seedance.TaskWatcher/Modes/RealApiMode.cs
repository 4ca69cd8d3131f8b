using Seedance.Contracts;
using Seedance.TaskWatcher.Cli;
using Seedance.TaskWatcher.Output;
using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Modes;

/// <summary>Watches given task ids and/or creates tasks on the real Magnific API (or any --base-url).</summary>
internal sealed class RealApiMode(IWatcherConsole console, WatcherArguments arguments, string apiKey)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var client = ClientFactory.ForRealApi(arguments.BaseUrl, apiKey, arguments.InitialInterval, arguments.Timeout);
        console.Heading($"Magnific API at {arguments.BaseUrl ?? MagnificClientOptions.DefaultBaseAddress}");

        // Outcomes in argument order: given ids first, then created tasks.
        var slots = new List<(string Label, string? TaskId, WatchOutcome? CreateError)>();
        slots.AddRange(arguments.TaskIds.Select(id => (id, (string?)id, (WatchOutcome?)null)));
        foreach (var prompt in arguments.Prompts)
        {
            slots.Add(await CreateAsync(client, prompt, cancellationToken));
        }

        var toWatch = slots.Where(s => s.TaskId is not null).ToArray();
        var watched = await console.WatchAllAsync(toWatch
            .Select(s => new WatchItem(s.Label, onStatus => TaskWatch.RunAsync(client, s.Label, s.TaskId!, onStatus, cancellationToken)))
            .ToArray());

        var outcomes = new List<WatchOutcome>();
        var next = 0;
        foreach (var slot in slots)
        {
            outcomes.Add(slot.CreateError ?? watched[next++]);
        }

        console.Heading("Outcomes");
        foreach (var outcome in outcomes)
        {
            console.Outcome(outcome);
        }

        return outcomes.FirstOrDefault(o => o.Kind != OutcomeKind.Completed)?.ExitCode ?? ExitCodes.Success;
    }

    private async Task<(string Label, string? TaskId, WatchOutcome? CreateError)> CreateAsync(MagnificClient client, string prompt, CancellationToken cancellationToken)
    {
        try
        {
            var request = new Seedance2MiniRequest { Prompt = prompt };
            var response = arguments.Resolution == Resolution.P720
                ? await client.CreateVideoSeedance2Mini720pAsync(request, cancellationToken)
                : await client.CreateVideoSeedance2Mini480pAsync(request, cancellationToken);
            var taskId = response.Data.TaskId.ToString();
            console.Info($"Created task {taskId}: {StatusDisplay.Label(response.Data.Status)}");
            return (prompt, taskId, null);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (prompt, null, OutcomeClassifier.FromException($"Create \"{prompt}\"", null, error));
        }
    }
}
