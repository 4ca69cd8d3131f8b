using System.Text.RegularExpressions;
using Seedance.Contracts.Simulator;

namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>
/// The clean consumer publishes with NativeAOT without a single trim/AOT warning, and the native binary
/// watches real tasks on the simulator to COMPLETED and to FAILED.
/// </summary>
public sealed partial class AotPublishTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    [GeneratedRegex(@"warning IL\d{4}")]
    private static partial Regex TrimOrAotWarning();

    [Fact]
    public async Task Native_aot_publish_has_no_IL_warnings_and_the_binary_reports_statuses_and_outcomes()
    {
        using var project = await ConsumerProject.CreateAsync(feed, "console", "Consumer.Aot");
        await project.AddPackageAsync("Seedance.Contracts", feed.Version);
        await project.WriteSourcesAsync(new Dictionary<string, string>
        {
            ["Program.cs"] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "AotWatcher.cs")),
        });

        var publish = await project.DotnetAsync("publish -c Release -r linux-x64 -p:PublishAot=true -o out -nologo");

        publish.ExitCode.Should().Be(0, publish.Describe());
        TrimOrAotWarning().Matches(publish.Output).Should().BeEmpty(publish.Describe());
        BuildDiagnostic.AllIds(publish.Output).Should().BeEmpty(publish.Describe());
        var binary = Path.Combine(project.Directory, "out", "Consumer.Aot");
        File.Exists(binary).Should().BeTrue();

        await using var simulator = await SeedanceSimulator.StartAsync(new SeedanceSimulatorOptions());
        var completes = await ProcessRunner.RunAsync(binary, $"{simulator.BaseAddress} {simulator.ApiKey} \"a cat\"", project.Directory, TimeSpan.FromMinutes(1));
        var fails = await ProcessRunner.RunAsync(binary, $"{simulator.BaseAddress} {simulator.ApiKey} \"a cat [fail]\"", project.Directory, TimeSpan.FromMinutes(1));

        completes.ExitCode.Should().Be(0, completes.Describe());
        completes.Output.Should().MatchRegex(@"created [0-9a-f-]{36} CREATED");
        completes.Output.Should().Contain("observed IN_PROGRESS").And.Contain("observed COMPLETED");
        completes.Output.Should().MatchRegex(@"outcome COMPLETED https?://\S+");
        fails.ExitCode.Should().Be(3, fails.Describe());
        fails.Output.Should().Contain("observed FAILED").And.MatchRegex(@"outcome FAILED [0-9a-f-]{36}");
    }
}
