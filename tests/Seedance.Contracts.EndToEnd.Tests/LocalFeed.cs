namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>
/// The folder of packed packages a consumer installs from. <c>.ci/run</c> packs them before the tests run
/// (<c>.ci/pack.sh</c>, unique version per run); when the tests run without it, the fixture packs them itself
/// from the Release outputs (<c>--no-build</c>, so no assembly a running test uses is rewritten).
/// </summary>
public sealed class LocalFeed : IAsyncLifetime
{
    public string Directory { get; private set; } = "";

    public string Version { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var ciFeed = RepoPaths.Combine(".artifacts", "feed");
        if (!File.Exists(Path.Combine(ciFeed, "version.txt")))
        {
            var packed = await ProcessRunner.RunAsync("bash", ".ci/pack.sh", RepoPaths.Root, TimeSpan.FromMinutes(5));
            packed.ExitCode.Should().Be(0, packed.Describe());
        }

        Directory = ciFeed;
        Version = (await File.ReadAllTextAsync(Path.Combine(ciFeed, "version.txt"))).Trim();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The path of a packed package in the feed.</summary>
    public string PackagePath(string id) => Path.Combine(Directory, $"{id}.{Version}.nupkg");
}
