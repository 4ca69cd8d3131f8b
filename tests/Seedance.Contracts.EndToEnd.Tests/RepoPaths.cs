namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>Finds the repository root from the test's output folder (the folder holding the .sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Seedance.Contracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Seedance.Contracts.sln not found above {AppContext.BaseDirectory}.");
    }
}
