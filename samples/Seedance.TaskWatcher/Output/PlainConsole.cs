using Seedance.Contracts;
using Seedance.TaskWatcher.Watching;

namespace Seedance.TaskWatcher.Output;

/// <summary>Line-by-line output for redirected stdout (CI, pipes): no ANSI, no redraws, no wrapping.</summary>
internal sealed class PlainConsole(TextWriter output, TextWriter error) : IWatcherConsole
{
    private readonly Lock _gate = new();

    public void Heading(string text) => Write(output, $"== {text}");

    public void Info(string text) => Write(output, text);

    public void Error(string text) => Write(error, text);

    public void Outcome(WatchOutcome outcome)
    {
        lock (_gate)
        {
            output.WriteLine($"{OutcomeText.Headline(outcome)}: {OutcomeText.Subject(outcome)}");
            foreach (var line in OutcomeText.DetailLines(outcome))
            {
                output.WriteLine($"    {line}");
            }
        }
    }

    public async Task<IReadOnlyList<WatchOutcome>> WatchAllAsync(IReadOnlyList<WatchItem> items)
    {
        var runs = items.Select(item =>
        {
            string? last = null;
            return item.Run(status =>
            {
                // Only changes are printed: a long wait on IN_PROGRESS stays one line.
                var label = StatusDisplay.Label(status);
                if (label != last)
                {
                    last = label;
                    Write(output, $"  {item.Label}: {label}");
                }
            });
        });
        return await Task.WhenAll(runs);
    }

    private void Write(TextWriter writer, string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }
}
