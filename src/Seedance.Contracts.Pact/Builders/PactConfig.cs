namespace Seedance.Contracts.Pact.Builders;

/// <summary>Settings for one <see cref="PactBuilder"/>.</summary>
public sealed class PactConfig
{
    /// <summary>
    /// Folder the pact file is written to (created when missing). Default: <c>pacts</c> under the current
    /// directory. Files are merged within a run (<c>overwrite=false</c>), so clean the folder at the start of a run.
    /// </summary>
    public string PactDir { get; set; } = Path.Combine(Directory.GetCurrentDirectory(), "pacts");

    /// <summary>The pact specification version written. Default <see cref="PactSpecVersion.V4"/>.</summary>
    public PactSpecVersion SpecVersion { get; set; } = PactSpecVersion.V4;
}
