using System.Globalization;

namespace Seedance.TaskWatcher.Cli;

/// <summary>Which create endpoint <c>--create</c> uses.</summary>
internal enum Resolution
{
    P480,
    P720,
}

/// <summary>Parsed command line. Parsing never touches the environment, so it is testable alone.</summary>
internal sealed class WatcherArguments
{
    public bool ShowHelp { get; private set; }

    public bool ForceDemo { get; private set; }

    public List<string> TaskIds { get; } = [];

    public List<string> Prompts { get; } = [];

    public Resolution Resolution { get; private set; } = Resolution.P480;

    public Uri? BaseUrl { get; private set; }

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromMinutes(10);

    public TimeSpan InitialInterval { get; private set; } = TimeSpan.FromSeconds(1);

    public string? Error { get; private set; }

    /// <summary>True when there is nothing to do on the real API (no ids, nothing to create).</summary>
    public bool HasRealApiWork => TaskIds.Count > 0 || Prompts.Count > 0;

    public static WatcherArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new WatcherArguments();
        for (var i = 0; i < args.Count && parsed.Error is null; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    parsed.ShowHelp = true;
                    break;
                case "--demo":
                    parsed.ForceDemo = true;
                    break;
                case "--create" or "--resolution" or "--base-url" or "--timeout" or "--interval":
                    if (i + 1 >= args.Count)
                    {
                        parsed.Error = $"{arg} needs a value.";
                        break;
                    }

                    parsed.Apply(arg, args[++i]);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        parsed.Error = $"Unknown option '{arg}'. See --help.";
                    }
                    else
                    {
                        parsed.TaskIds.Add(arg);
                    }

                    break;
            }
        }

        return parsed;
    }

    private void Apply(string name, string value)
    {
        switch (name)
        {
            case "--create" when value.Length > 0:
                Prompts.Add(value);
                break;
            case "--resolution" when value is "480p" or "720p":
                Resolution = value == "720p" ? Resolution.P720 : Resolution.P480;
                break;
            case "--base-url" when Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                BaseUrl = url;
                break;
            case "--timeout" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                Timeout = TimeSpan.FromSeconds(seconds);
                break;
            case "--interval" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0:
                InitialInterval = TimeSpan.FromMilliseconds(ms);
                break;
            default:
                Error = $"Invalid value '{value}' for {name}. See --help.";
                break;
        }
    }
}
