namespace Seedance.Contracts.Pact.Tests.Support;

/// <summary>A private pact output folder for kit tests, so they never write into the repo's pacts/.</summary>
internal sealed class TempPactDir : IDisposable
{
    public TempPactDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seedance-pact-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string[] Files() => Directory.GetFiles(Path, "*.json");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
