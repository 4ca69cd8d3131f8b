using Seedance.Contracts;
using Seedance.Contracts.Simulator;
using Seedance.TaskWatcher.Cli;
using Seedance.TaskWatcher.Output;
using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Modes;

/// <summary>
/// The no-argument demo: the embedded simulator plays the Magnific API on loopback and the generated
/// client does everything a real caller would (create, watch, list, and hit 404 and both 401s).
/// </summary>
internal sealed class DemoMode(IWatcherConsole console)
{
    private static readonly (string Prompt, Resolution Resolution, OutcomeKind Expected)[] Tasks =
    [
        ("A cinematic shot of a cat walking through a neon-lit alley at night", Resolution.P480, OutcomeKind.Completed),
        ("Drone flight over a glacier at sunrise, slow and steady", Resolution.P720, OutcomeKind.Completed),
        // The simulator ends every task whose prompt contains [fail] with FAILED.
        ("A paper boat sailing down a rainy street [fail]", Resolution.P720, OutcomeKind.Failed),
    ];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        console.Heading("Seedance 2.0 Mini demo (embedded simulator, no real API key involved)");
        await using var simulator = await SeedanceSimulator.StartAsync(new SeedanceSimulatorOptions(), cancellationToken);
        console.Info($"Simulator listening on {simulator.BaseAddress}");
        using var client = ClientFactory.ForSimulator(simulator.BaseAddress, simulator.ApiKey);

        var steps = new List<DemoStep>();
        var created = new List<(string Prompt, string TaskId, OutcomeKind Expected)>();
        console.Heading("Creating tasks");
        foreach (var (prompt, resolution, expected) in Tasks)
        {
            var response = resolution == Resolution.P720
                ? await client.CreateVideoSeedance2Mini720pAsync(new Seedance2MiniRequest { Prompt = prompt }, cancellationToken)
                : await client.CreateVideoSeedance2Mini480pAsync(new Seedance2MiniRequest { Prompt = prompt }, cancellationToken);
            var taskId = response.Data.TaskId.ToString();
            console.Info($"Created {(resolution == Resolution.P720 ? "720p" : "480p")} task {taskId}: {StatusDisplay.Label(response.Data.Status)}  \"{prompt}\"");
            created.Add((prompt, taskId, expected));
        }

        console.Heading("Watching tasks until they finish");
        var items = created.Select(c => new WatchItem(c.Prompt, onStatus => TaskWatch.RunAsync(client, c.Prompt, c.TaskId, onStatus, cancellationToken))).ToArray();
        var outcomes = await console.WatchAllAsync(items);
        steps.AddRange(outcomes.Select((outcome, i) => new DemoStep(outcome, created[i].Expected)));

        console.Heading("Outcomes");
        foreach (var outcome in outcomes)
        {
            console.Outcome(outcome);
        }

        console.Heading("Listing tasks");
        var list = await client.GetSeedance2MiniTasksAsync(cancellationToken);
        foreach (var task in list.Data)
        {
            console.Info($"  {task.TaskId}  {StatusDisplay.Label(task.Status)}");
        }

        console.Heading("Error cases");
        var unknownId = Guid.NewGuid().ToString();
        steps.Add(await ExpectErrorAsync($"Get unknown task {unknownId}", OutcomeKind.NotFound,
            ct => client.GetSeedance2MiniTaskAsync(unknownId, ct), cancellationToken));

        using (var keyless = ClientFactory.ForSimulator(simulator.BaseAddress, apiKey: null, allowMissingApiKey: true))
        {
            steps.Add(await ExpectErrorAsync("List tasks without an API key", OutcomeKind.Authentication,
                keyless.GetSeedance2MiniTasksAsync, cancellationToken));
        }

        using (var wrongKey = ClientFactory.ForSimulator(simulator.BaseAddress, apiKey: "not-the-right-key"))
        {
            steps.Add(await ExpectErrorAsync("List tasks with a wrong API key", OutcomeKind.Authentication,
                wrongKey.GetSeedance2MiniTasksAsync, cancellationToken));
        }

        return Summarise(steps);
    }

    private async Task<DemoStep> ExpectErrorAsync<T>(string label, OutcomeKind expected, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        WatchOutcome outcome;
        try
        {
            await call(cancellationToken);
            outcome = new WatchOutcome(label, null, OutcomeKind.Completed, null, [], "the call unexpectedly succeeded");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            outcome = OutcomeClassifier.FromException(label, null, error);
        }

        console.Outcome(outcome);
        return new DemoStep(outcome, expected);
    }

    private int Summarise(IReadOnlyList<DemoStep> steps)
    {
        console.Heading("Summary");
        var unexpected = steps.Where(s => !s.AsExpected).ToArray();
        if (unexpected.Length == 0)
        {
            console.Info($"Demo finished: all {steps.Count} steps behaved as expected.");
            return ExitCodes.Success;
        }

        foreach (var step in unexpected)
        {
            console.Error($"Unexpected: '{step.Outcome.Label}' ended {OutcomeText.Headline(step.Outcome)}, expected {step.Expected}.");
        }

        // An expected error that did not happen has no error code of its own.
        var first = unexpected[0].Outcome;
        return first.Kind == OutcomeKind.Completed ? ExitCodes.OtherApiError : first.ExitCode;
    }
}
