using System.Text.RegularExpressions;

namespace Seedance.Contracts.EndToEnd.Tests;

/// <summary>One compiler/MSBuild diagnostic line, e.g. <c>/tmp/x/Program.cs(12,9): warning SDC001: ... [x.csproj]</c>.</summary>
internal sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\):\s+(?<sev>warning|error)\s+(?<id>[A-Z]+\d+):\s+(?<msg>.*?)(?:\s+\[[^\]]+\])?$", RegexOptions.Multiline)]
    private static partial Regex LocatedPattern();

    [GeneratedRegex(@"(?<sev>warning|error)\s+(?<id>[A-Z]+\d+):\s+(?<msg>.*?)(?:\s+\[[^\]]+\])?$", RegexOptions.Multiline)]
    private static partial Regex AnyPattern();

    /// <summary>Every distinct located diagnostic in a build log (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string buildOutput) =>
        LocatedPattern().Matches(buildOutput)
            .Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["file"].Value.Trim()),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["col"].Value),
                m.Groups["sev"].Value,
                m.Groups["id"].Value,
                m.Groups["msg"].Value))
            .Distinct()
            .ToList();

    /// <summary>Ids of every warning or error in the log, located or not (NU1603, IL2026, ...).</summary>
    public static IReadOnlyList<string> AllIds(string buildOutput) =>
        AnyPattern().Matches(buildOutput).Select(m => m.Groups["id"].Value).Distinct().ToList();
}
