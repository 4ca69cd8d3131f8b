namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>
/// A fresh project made with <c>dotnet new</c> in a temporary folder outside the repo (so none of the repo's
/// build settings leak in), with a nuget.config pointing at the local feed and the normal source.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(8);

    private ConsumerProject(string root, string directory, string name)
    {
        Root = root;
        Directory = directory;
        Name = name;
    }

    /// <summary>The temporary folder that holds the project folder and its nuget.config.</summary>
    public string Root { get; }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    public string Name { get; }

    public static async Task<ConsumerProject> CreateAsync(LocalFeed feed, string template, string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "seedance-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="seedance-local" value="{feed.Directory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        var project = new ConsumerProject(root, Path.Combine(root, name), name);
        var created = await ProcessRunner.RunAsync("dotnet", $"new {template} -n {name} -o {name} --no-restore", root, CommandTimeout);
        created.ExitCode.Should().Be(0, created.Describe());
        return project;
    }

    public Task<ProcessResult> DotnetAsync(string arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.RunAsync("dotnet", arguments, Directory, CommandTimeout, environment);

    public async Task AddPackageAsync(string id, string version)
    {
        var added = await DotnetAsync($"add package {id} --version {version}");
        added.ExitCode.Should().Be(0, added.Describe());
    }

    /// <summary>Replaces the template's sources with the given files (name → content).</summary>
    public async Task WriteSourcesAsync(IReadOnlyDictionary<string, string> files)
    {
        foreach (var stale in System.IO.Directory.GetFiles(Directory, "*.cs"))
        {
            File.Delete(stale);
        }

        foreach (var (fileName, content) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(Directory, fileName), content);
        }
    }

    /// <summary>Adds a fragment inside the project file's root element.</summary>
    public async Task AddToProjectFileAsync(string xml)
    {
        var path = Path.Combine(Directory, Name + ".csproj");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("</Project>", xml + "\n</Project>", StringComparison.Ordinal));
    }

    public async Task<ProcessResult> BuildAsync() => await DotnetAsync("build -c Release -nologo");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
