using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Simulator.Cli;

/// <summary>Parses the standalone simulator's arguments into options.</summary>
internal sealed class SimulatorCommandLine
{
    public const string Usage = """
        Seedance 2.0 Mini provider simulator (Magnific API double on real HTTP).

        Usage: Seedance.Contracts.Simulator [options]
          --urls <urls>              Address(es) to listen on, ';'-separated (default http://127.0.0.1:5080)
          --api-key <key>            Accepted x-magnific-api-key (default seedance-simulator-key)
          --polls <created>,<running> Poll-driven schedule: polls answered CREATED, then IN_PROGRESS (default 1,2)
          --seconds <created>,<running> Time-driven schedule instead, in seconds
          --default-outcome <complete|fail>  How tasks end without a prompt marker (default complete)
          --verbose                  Log requests to the console (never headers or keys)
          --help                     Show this text

        A prompt containing [fail] makes the task end FAILED; [complete] makes it end COMPLETED.
        """;

    public SeedanceSimulatorOptions Options { get; } = new() { Urls = "http://127.0.0.1:5080" };

    public bool ShowHelp { get; private set; }

    public bool Verbose { get; private set; }

    public string? Error { get; private set; }

    public static SimulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new SimulatorCommandLine();
        for (var i = 0; i < args.Count && result.Error is null; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h" or "-?":
                    result.ShowHelp = true;
                    break;
                case "--verbose":
                    result.Verbose = true;
                    break;
                case "--urls" or "--api-key" or "--polls" or "--seconds" or "--default-outcome":
                    if (i + 1 >= args.Count)
                    {
                        result.Error = $"{arg} needs a value.";
                        break;
                    }

                    result.Apply(arg, args[++i]);
                    break;
                default:
                    result.Error = $"Unknown argument '{arg}'.";
                    break;
            }
        }

        return result;
    }

    private void Apply(string name, string value)
    {
        switch (name)
        {
            case "--urls":
                Options.Urls = value;
                break;
            case "--api-key":
                Options.ApiKey = value;
                break;
            case "--polls" when TryParsePair(value, out var created, out var running) && created % 1 == 0 && running % 1 == 0:
                Options.DefaultProgression = TaskProgression.ByPollCount((int)created, (int)running);
                break;
            case "--seconds" when TryParsePair(value, out var created, out var running):
                Options.DefaultProgression = TaskProgression.ByTime(TimeSpan.FromSeconds(created), TimeSpan.FromSeconds(running));
                break;
            case "--default-outcome" when value is "complete" or "fail":
                Options.DefaultOutcome = value == "fail" ? SimulatedOutcome.Fail : SimulatedOutcome.Complete;
                break;
            default:
                Error = $"Invalid value '{value}' for {name}.";
                break;
        }
    }

    private static bool TryParsePair(string value, out double first, out double second)
    {
        first = second = 0;
        var parts = value.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out first)
            && double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out second)
            && first >= 0 && second >= 0;
    }
}
