using System.Text.Json;

namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>
/// A fresh xunit project outside the repo references Seedance.Contracts.Pact from the local feed: its first
/// build gets the Pact engine through the package's buildTransitive target, and its test writes a pact file.
/// </summary>
public sealed class PactKitConsumerTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    [Fact]
    public async Task Test_project_with_the_kit_writes_a_pact_with_the_ready_made_interaction()
    {
        using var project = await ConsumerProject.CreateAsync(feed, "classlib", "Consumer.PactTests");
        await File.WriteAllTextAsync(Path.Combine(project.Directory, "Consumer.PactTests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageReference Include="Seedance.Contracts.Pact" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        await project.WriteSourcesAsync(new Dictionary<string, string>
        {
            ["FailedTaskPactTests.cs"] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "PactConsumerTest.cs")),
        });

        var test = await project.DotnetAsync("test -c Release -nologo");

        test.ExitCode.Should().Be(0, test.Describe());
        test.Output.Should().MatchRegex(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+1\b", test.Describe());
        var pactFile = Directory.GetFiles(project.Directory, "e2e-consumer-magnific-seedance-2-mini.json", SearchOption.AllDirectories)
            .Should().ContainSingle(test.Describe()).Subject;
        using var pact = JsonDocument.Parse(await File.ReadAllTextAsync(pactFile));
        var interaction = pact.RootElement.GetProperty("interactions").EnumerateArray().Should().ContainSingle().Subject;
        interaction.GetProperty("request").GetProperty("method").GetString().Should().Be("GET");
        interaction.GetProperty("response").GetProperty("status").GetInt32().Should().Be(200);
        interaction.GetProperty("response").GetProperty("body").GetProperty("content").GetProperty("data").GetProperty("status").GetString().Should().Be("FAILED");
        pact.RootElement.GetProperty("provider").GetProperty("name").GetString().Should().Be("magnific-seedance-2-mini");
    }
}
