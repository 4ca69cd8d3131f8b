using Seedance.Contracts.Pact.SeedanceApi;

namespace Seedance.Contracts.Pact.Tests.Support;

/// <summary>
/// Where the consumer tests write the committed pact: &lt;repo&gt;/pacts/. The file is deleted once per test
/// process before the first write, so a run regenerates it from scratch (writes merge within the run).
/// Only this test project writes this file, so deleting it cannot race another project.
/// </summary>
internal static class RepoPacts
{
    public const string Consumer = "seedance-contracts-sdk";

    private static readonly Lazy<string> Directory = new(PrepareOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Dir => Directory.Value;

    public static string FilePath => Path.Combine(Dir, $"{Consumer}-{SeedanceContract.ProviderName}.json");

    private static string PrepareOnce()
    {
        string dir = Path.Combine(FindRepoRoot(), "pacts");
        System.IO.Directory.CreateDirectory(dir);
        File.Delete(Path.Combine(dir, $"{Consumer}-{SeedanceContract.ProviderName}.json"));
        return dir;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Seedance.Contracts.sln above {AppContext.BaseDirectory}.");
    }
}
