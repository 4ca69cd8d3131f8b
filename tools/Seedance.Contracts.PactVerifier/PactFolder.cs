using System.Text.Json;

namespace Seedance.Contracts.PactVerifier;

/// <summary>Finds the pact files to verify and refuses folders that would give a false green.</summary>
internal static class PactFolder
{
    /// <summary>All pact files in <paramref name="directory"/> for <paramref name="provider"/>, sorted by name.</summary>
    /// <exception cref="InvalidOperationException">No files, unreadable files, or files for another provider.</exception>
    internal static IReadOnlyList<string> Collect(string directory, string provider)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Pact folder '{directory}' does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"Pact folder '{directory}' holds no *.json pact files: nothing to verify.");
        }

        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            string? name = document.RootElement.TryGetProperty("provider", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() : null;
            if (name != provider)
            {
                throw new InvalidOperationException($"Pact file '{file}' is for provider '{name}', not '{provider}'.");
            }
        }

        return files;
    }
}
