using System.IO.Compression;

namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>
/// A project outside the solution installs Seedance.Contracts from the local feed, by version, and gets the
/// generated API and the analyzer's warnings.
/// </summary>
public sealed class PackageConsumerTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    private static string ConsumerSource(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", name));

    /// <summary>1-based line numbers of the lines in <paramref name="source"/> that carry the marker comment.</summary>
    private static int[] MarkedLines(string source, string marker) =>
        source.Split('\n').Select((line, index) => (line, index)).Where(x => x.line.Contains(marker, StringComparison.Ordinal)).Select(x => x.index + 1).ToArray();

    [Fact]
    public void Package_carries_runtime_generator_analyzers_and_yamldotnet_but_no_roslyn_or_bcl_copies()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath("Seedance.Contracts"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        entries.Should().Contain(["lib/net8.0/Seedance.Contracts.dll", "lib/net10.0/Seedance.Contracts.dll",
            "analyzers/dotnet/cs/Seedance.Contracts.Generators.dll", "analyzers/dotnet/cs/Seedance.Contracts.Analyzers.dll",
            "analyzers/dotnet/cs/Seedance.Contracts.CodeFixes.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/Seedance.Contracts.props", "build/Seedance.Contracts.targets",
            "buildTransitive/Seedance.Contracts.props", "buildTransitive/Seedance.Contracts.targets", "README.md"]);
        entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal))
            .Should().NotContain(e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                || e.Contains("System.Text.Json", StringComparison.Ordinal)
                || e.Contains("System.Memory", StringComparison.Ordinal)
                || e.Contains("System.Collections.Immutable", StringComparison.Ordinal));

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = new StreamReader(nuspecStream).ReadToEnd();
        nuspec.Should().NotContain("Microsoft.CodeAnalysis", "the Roslyn reference is private to the analyzers");
    }

    [Fact]
    public async Task Consumer_that_forgets_FAILED_gets_SDC001_on_the_switch_and_SDC003_on_the_polling_loop()
    {
        using var project = await ConsumerProject.CreateAsync(feed, "console", "Consumer.App");
        await project.AddPackageAsync("Seedance.Contracts", feed.Version);
        var source = ConsumerSource("ForgetsFailed.cs");
        await project.WriteSourcesAsync(new Dictionary<string, string> { ["Program.cs"] = source });

        var build = await project.BuildAsync();

        build.ExitCode.Should().Be(0, build.Describe());
        var ours = BuildDiagnostic.Parse(build.Output).Where(d => d.Id.StartsWith("SDC", StringComparison.Ordinal)).ToList();
        ours.Should().ContainSingle(d => d.Id == "SDC001", build.Describe())
            .Which.Should().Match<BuildDiagnostic>(d => d.File == "Program.cs" && d.Line == MarkedLines(source, "expect SDC001")[0] && d.Severity == "warning");
        ours.Should().ContainSingle(d => d.Id == "SDC003", build.Describe())
            .Which.Should().Match<BuildDiagnostic>(d => d.File == "Program.cs" && d.Line == MarkedLines(source, "expect SDC003")[0] && d.Severity == "warning");
        ours.Single(d => d.Id == "SDC001").Message.Should().Contain("Failed");
    }

    [Fact]
    public async Task Consumer_that_handles_FAILED_builds_without_any_warning()
    {
        using var project = await ConsumerProject.CreateAsync(feed, "console", "Consumer.App");
        await project.AddPackageAsync("Seedance.Contracts", feed.Version);
        await project.WriteSourcesAsync(new Dictionary<string, string> { ["Program.cs"] = ConsumerSource("HandlesFailed.cs") });

        var build = await project.BuildAsync();

        build.ExitCode.Should().Be(0, build.Describe());
        build.Output.Should().Contain("0 Warning(s)", build.Describe());
        BuildDiagnostic.AllIds(build.Output).Should().BeEmpty(build.Describe());
    }

    [Fact]
    public async Task Consumer_spec_is_generated_into_the_consumer_namespace_beside_the_package_types_and_is_analyzed()
    {
        using var project = await ConsumerProject.CreateAsync(feed, "console", "Consumer.App");
        await project.AddPackageAsync("Seedance.Contracts", feed.Version);
        Directory.CreateDirectory(Path.Combine(project.Directory, "specs"));
        File.Copy(RepoPaths.Combine("specs", "seedance-2-mini-get-task.md"), Path.Combine(project.Directory, "specs", "seed.md"));
        await project.AddToProjectFileAsync("""
              <ItemGroup>
                <SeedanceSpec Include="specs/seed.md" Namespace="Consumer.Api" />
              </ItemGroup>
            """);
        var source = ConsumerSource("OwnSpec.cs");
        await project.WriteSourcesAsync(new Dictionary<string, string> { ["Program.cs"] = source });

        var build = await project.BuildAsync();

        build.ExitCode.Should().Be(0, build.Describe());
        var diagnostics = BuildDiagnostic.Parse(build.Output);
        diagnostics.Should().ContainSingle(d => d.Id == "SDC001", build.Describe())
            .Which.Line.Should().Be(MarkedLines(source, "expect SDC001")[0]);
        diagnostics.Where(d => d.Severity == "error" || d.Id.StartsWith("CS", StringComparison.Ordinal)).Should().BeEmpty(build.Describe());

        var run = await project.DotnetAsync("run -c Release --no-build");
        run.ExitCode.Should().Be(0, run.Describe());
        run.Output.Should().Contain("COMPLETED COMPLETED Consumer.Api.MagnificClient");
    }
}
