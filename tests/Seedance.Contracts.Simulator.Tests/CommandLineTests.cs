using Seedance.Contracts.Simulator.Cli;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_listen_on_loopback_port_5080_with_the_default_key()
    {
        var parsed = SimulatorCommandLine.Parse([]);

        parsed.Error.Should().BeNull();
        parsed.Options.Urls.Should().Be("http://127.0.0.1:5080");
        parsed.Options.ApiKey.Should().Be(SeedanceSimulatorOptions.DefaultApiKey);
    }

    [Fact]
    public void Options_are_applied()
    {
        var parsed = SimulatorCommandLine.Parse(["--urls", "http://127.0.0.1:6000", "--api-key", "k", "--default-outcome", "fail", "--polls", "0,3", "--verbose"]);

        parsed.Error.Should().BeNull();
        parsed.Options.Urls.Should().Be("http://127.0.0.1:6000");
        parsed.Options.ApiKey.Should().Be("k");
        parsed.Options.DefaultOutcome.Should().Be(SimulatedOutcome.Fail);
        parsed.Options.DefaultProgression.ToString().Should().Be("ByPollCount(created: 0, inProgress: 3)");
        parsed.Verbose.Should().BeTrue();
    }

    [Fact]
    public void Seconds_select_a_time_driven_schedule()
    {
        var parsed = SimulatorCommandLine.Parse(["--seconds", "1.5,2"]);

        parsed.Options.DefaultProgression.ToString().Should().Be("ByTime(created: 00:00:01.5000000, inProgress: 00:00:02)");
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "Unknown argument '--bogus'.")]
    [InlineData(new[] { "--urls" }, "--urls needs a value.")]
    [InlineData(new[] { "--polls", "1.5,2" }, "Invalid value '1.5,2' for --polls.")]
    [InlineData(new[] { "--default-outcome", "maybe" }, "Invalid value 'maybe' for --default-outcome.")]
    public void Bad_arguments_give_a_clear_error(string[] args, string expected)
    {
        SimulatorCommandLine.Parse(args).Error.Should().Be(expected);
    }

    [Fact]
    public void Help_is_recognised()
    {
        SimulatorCommandLine.Parse(["--help"]).ShowHelp.Should().BeTrue();
        SimulatorCommandLine.Usage.Should().Contain("[fail]");
    }
}
