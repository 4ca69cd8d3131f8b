using System.Diagnostics;
using Seedance.Contracts.Pact.Tests.Support;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>
/// The MSBuild acquisition target's offline and error paths, run in a child <c>dotnet msbuild</c> on a tiny
/// SDK-less project that imports the kit's targets file. None of these touches the network.
/// </summary>
public sealed class AcquisitionTargetTests : IDisposable
{
    private readonly TempPactDir work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public async Task A_library_already_in_the_cache_is_used_without_fetching()
    {
        string cache = Path.Combine(work.Path, "cache") + "/";
        Directory.CreateDirectory(cache);
        File.WriteAllText(Path.Combine(cache, "libpact_ffi.so"), "cached");

        var (exitCode, output) = await RunTargetAsync($"-p:SeedancePactFfiCacheDir={cache}", "-p:SeedancePactFfiAcquire=false");

        exitCode.Should().Be(0, output);
        output.Should().Contain("resolved=" + Path.Combine(cache, "libpact_ffi.so")).And.NotContain("fetching the Pact engine");
    }

    [Fact]
    public async Task A_missing_library_with_acquisition_off_fails_with_the_npm_command_to_run()
    {
        string cache = Path.Combine(work.Path, "empty-cache") + "/";

        var (exitCode, output) = await RunTargetAsync($"-p:SeedancePactFfiCacheDir={cache}", "-p:SeedancePactFfiAcquire=false");

        exitCode.Should().NotBe(0);
        output.Should().Contain("SeedancePactFfiAcquire is false").And.Contain("npm pack @pact-foundation/pact-core-linux-x64-glibc@20.2.0");
    }

    [Fact]
    public async Task Another_rid_fails_with_a_message_naming_the_sibling_npm_package()
    {
        string cache = Path.Combine(work.Path, "osx-cache") + "/";

        var (exitCode, output) = await RunTargetAsync($"-p:SeedancePactFfiCacheDir={cache}", "-p:SeedancePactFfiRuntimeIdentifier=osx-arm64");

        exitCode.Should().NotBe(0);
        output.Should().Contain("only for linux-x64 (glibc)")
            .And.Contain("@pact-foundation/pact-core-darwin-arm64@20.2.0")
            .And.Contain("libpact_ffi.dylib")
            .And.Contain("SeedancePactFfiPath");
    }

    [Fact]
    public async Task An_explicit_library_path_skips_the_cache_entirely()
    {
        string explicitFile = Path.Combine(work.Path, "mine.so");
        File.WriteAllText(explicitFile, "explicit");

        var (exitCode, output) = await RunTargetAsync($"-p:SeedancePactFfiPath={explicitFile}", $"-p:SeedancePactFfiCacheDir={work.Path}/never/", "-p:SeedancePactFfiAcquire=false");

        exitCode.Should().Be(0, output);
        output.Should().Contain("resolved=" + explicitFile);
    }

    private async Task<(int ExitCode, string Output)> RunTargetAsync(params string[] properties)
    {
        string targets = Path.Combine(RepoRoot(), "src", "Seedance.Contracts.Pact", "build", "Seedance.Contracts.Pact.targets");
        string project = Path.Combine(work.Path, "probe.proj");
        File.WriteAllText(project, $"""
            <Project>
              <Import Project="{targets}" />
              <Target Name="AssignTargetPaths" />
              <Target Name="Probe" DependsOnTargets="SeedancePactCopyFfi">
                <Message Importance="high" Text="resolved=$(SeedancePactFfiResolvedPath)" />
              </Target>
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work.Path };
        foreach (var arg in new[] { "msbuild", project, "-t:Probe", "-nologo", "-nodeReuse:false", "-maxCpuCount:1", "-p:NETCoreSdkPortableRuntimeIdentifier=linux-x64" }.Concat(properties))
        {
            start.ArgumentList.Add(arg);
        }

        // No lingering build-server nodes after the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repo root not found");
    }
}
