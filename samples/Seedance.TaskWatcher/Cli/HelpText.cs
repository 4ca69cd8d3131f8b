namespace Seedance.TaskWatcher.Cli;

/// <summary>The --help text.</summary>
internal static class HelpText
{
    public const string Text = """
        Seedance.TaskWatcher - create and watch Seedance 2.0 Mini video tasks to the end.

        USAGE
          Seedance.TaskWatcher                      Demo: embedded simulator, no key needed
          Seedance.TaskWatcher <task-id>...         Watch existing tasks on the real API
          Seedance.TaskWatcher --create "<prompt>"  Create a task on the real API and watch it

        DEMO (no arguments and MAGNIFIC_API_KEY not set, or --demo)
          Starts the embedded provider simulator on 127.0.0.1, creates tasks through the generated
          MagnificClient (two complete, one fails), watches them with live progress, lists them,
          then shows a 404 (unknown task) and both 401s (missing key, wrong key).
          Exit code 0 when every step behaved as expected.

        REAL API (MAGNIFIC_API_KEY set)
          The key is read from MAGNIFIC_API_KEY only and is never printed.
          --create "<prompt>"   Create a task (repeatable); prompt at most 2000 characters
          --resolution <480p|720p>  Create endpoint to use (default 480p)
          --base-url <url>      API address (default https://api.magnific.com)
          --timeout <seconds>   Give up watching after this long (default 600)
          --interval <ms>       First poll delay in milliseconds (default 1000; backs off to 15 s)

        OTHER
          --demo                Run the demo even when MAGNIFIC_API_KEY is set
          --help, -h            Show this text

        OUTPUT
          Live progress on a terminal; plain lines when output is redirected (CI), never prompts.

        EXIT CODES
          0    success (every task COMPLETED / the demo behaved as expected)
          1    a task ended FAILED
          2    authentication failed (401/403: missing or invalid API key)
          3    not found (404: unknown task id)
          4    server error (5xx)
          5    timeout (a task did not finish in time, or the API did not answer in time)
          6    other API error (other 4xx, malformed response)
          64   usage error (bad arguments, MAGNIFIC_API_KEY missing for task ids / --create)
          130  cancelled (Ctrl+C)
          With several tasks, the code is that of the first task (in argument order) that did not complete.
        """;
}
