using Seedance.Contracts;
using Seedance.TaskWatcher.Watching;
using Spectre.Console;

namespace Seedance.TaskWatcher.Output;

/// <summary>Terminal output: colours and a live progress bar per task (Spectre.Console).</summary>
internal sealed class LiveConsole(IAnsiConsole console) : IWatcherConsole
{
    public void Heading(string text) => console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());

    public void Info(string text) => console.MarkupLine(Markup.Escape(text));

    public void Error(string text) => console.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    public void Outcome(WatchOutcome outcome)
    {
        var colour = outcome.Kind == OutcomeKind.Completed ? "green" : "red";
        console.MarkupLine($"[bold {colour}]{OutcomeText.Headline(outcome)}[/] {Markup.Escape(OutcomeText.Subject(outcome))}");
        foreach (var line in OutcomeText.DetailLines(outcome))
        {
            console.MarkupLine($"    [grey]{Markup.Escape(line)}[/]");
        }
    }

    public async Task<IReadOnlyList<WatchOutcome>> WatchAllAsync(IReadOnlyList<WatchItem> items)
    {
        IReadOnlyList<WatchOutcome> outcomes = [];
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new OutcomeBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var runs = items.Select(item =>
                {
                    var bar = context.AddTask(Describe(item.Label, "waiting"), maxValue: 100);
                    return RunAsync(item, bar);
                });
                outcomes = await Task.WhenAll(runs);
            });
        return outcomes;
    }

    private static async Task<WatchOutcome> RunAsync(WatchItem item, ProgressTask bar)
    {
        var outcome = await item.Run(status =>
        {
            bar.Value = StatusDisplay.Percent(status);
            bar.Description = Describe(item.Label, StatusDisplay.Label(status));
        });
        bar.Description = Describe(item.Label, outcome.FinalStatus ?? OutcomeText.Headline(outcome));
        if (outcome.Kind != OutcomeKind.Completed)
        {
            OutcomeBarColumn.MarkFailed(bar);
        }

        bar.Value = bar.MaxValue;
        bar.StopTask();
        return outcome;
    }

    private static string Describe(string label, string status) =>
        $"{Markup.Escape(Shorten(label))} [grey]{Markup.Escape(status)}[/]";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
