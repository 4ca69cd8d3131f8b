using System.Diagnostics;
using System.Text;

namespace Seedance.Contracts.Analyzers.Tests.EndToEnd;

/// <summary>
/// A throw-away consumer project in a temporary folder, isolated from this repo's Directory.Build.props and
/// central package versions, referencing the already-built runtime DLL and this test run's analyzer DLL (so it
/// never rebuilds assemblies other tests are using).
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Seedance.Contracts.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Seedance.Contracts.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string RuntimeAssembly => Path.Combine(RepoRoot, "src", "Seedance.Contracts", "bin", "Release", "net10.0", "Seedance.Contracts.dll");

    /// <summary>The analyzer this test run was built with (copied next to the test assembly).</summary>
    public static string AnalyzerAssembly => Path.Combine(AppContext.BaseDirectory, "Seedance.Contracts.Analyzers.dll");

    public static ConsumerProject Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "seedance-consumer-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"),
            "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");
        var props = Path.Combine(RepoRoot, "src", "Seedance.Contracts", "build", "Seedance.Contracts.props");
        // A private copy: a concurrent rebuild of the runtime must not change the DLL under a running build.
        var runtimeCopy = Path.Combine(directory, "lib", "Seedance.Contracts.dll");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(runtimeCopy)!);
        File.Copy(RuntimeAssembly, runtimeCopy);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{{props}}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Seedance.Contracts" HintPath="{{runtimeCopy}}" />
                <Analyzer Include="{{AnalyzerAssembly}}" />
              </ItemGroup>
            </Project>
            """);
        return new ConsumerProject(directory);
    }

    public void WriteSource(string fileName, string text) => File.WriteAllText(Path.Combine(Directory, fileName), text);

    /// <summary>Runs <c>dotnet build</c> and returns its combined output (throws with the output on failure).</summary>
    public async Task<string> BuildAsync(params string[] extraArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "Consumer.csproj", "-c", "Release", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        output.Append(await stdout).Append(await stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Consumer build failed (exit " + process.ExitCode + "):\n" + output);
        }

        return output.ToString();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
