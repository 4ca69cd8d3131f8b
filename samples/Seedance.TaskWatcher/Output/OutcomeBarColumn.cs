using Spectre.Console;
using Spectre.Console.Rendering;

namespace Seedance.TaskWatcher.Output;

/// <summary>
/// A progress bar that turns red for a task that ended FAILED (or otherwise not COMPLETED). Spectre's own bar
/// column has one finished style for every task, so a failed task looked like a success.
/// </summary>
internal sealed class OutcomeBarColumn : ProgressColumn
{
    private const string FailedKey = "seedance.failed";
    private const int Width = 40;

    /// <summary>Marks <paramref name="task"/> as ended without success: its bar is drawn red from then on.</summary>
    public static void MarkFailed(ProgressTask task) => task.State.Update<bool>(FailedKey, _ => true);

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var filled = (int)Math.Round(Math.Clamp(task.Percentage, 0, 100) / 100 * Width);
        var colour = task.State.Get<bool>(FailedKey) ? "red" : task.IsFinished ? "green" : "yellow";
        return new Markup($"[{colour}]{new string('━', filled)}[/][grey]{new string('━', Width - filled)}[/]");
    }
}
