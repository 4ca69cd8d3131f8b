using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: <analyzer dll> <synthetic src folder> <rounds> <sequential|concurrent>
// Each round parses the files afresh (per-file caches start empty, as in a build) and analyses three sets on a new
// compilation each: ours, IDE0010+IDE0072, both. The first round only warms the JIT and is not reported.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: <Seedance.Contracts.Analyzers.dll> <src folder> <rounds> <sequential|concurrent>");
    return 2;
}

var metadata = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value!);
var codeStyleDir = metadata["CodeStyleDir"];
AppDomain.CurrentDomain.AssemblyResolve += (_, e) =>
{
    var candidate = Path.Combine(codeStyleDir, new AssemblyName(e.Name).Name + ".dll");
    return File.Exists(candidate) ? Assembly.LoadFrom(candidate) : null;
};

var references = Directory.GetFiles(metadata["ReferenceAssembliesDir"], "*.dll")
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
var sources = Directory.GetFiles(args[1], "*.cs").Select(path => (Path: path, Text: File.ReadAllText(path))).ToArray();
var rounds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var concurrent = args[3] == "concurrent";

var ours = LoadAnalyzers(args[0], _ => true);
var theirs = LoadAnalyzers(Path.Combine(codeStyleDir, "Microsoft.CodeAnalysis.CSharp.CodeStyle.dll"), type => type.Name.Contains("PopulateSwitch", StringComparison.Ordinal));
if (ours.Length != 3 || theirs.Length != 2)
{
    Console.Error.WriteLine($"expected 3 of our analyzers and 2 PopulateSwitch analyzers, found {ours.Length} and {theirs.Length}");
    return 1;
}

var sets = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[] { ("ours", ours), ("theirs", theirs), ("both", ours.AddRange(theirs)) };
var results = sets.ToDictionary(s => s.Name, _ => new List<(double Ours, double Theirs)>());
for (var round = 0; round <= rounds; round++)
{
    foreach (var (name, analyzers) in sets)
    {
        var (oursSeconds, theirsSeconds, diagnostics) = await AnalyseAsync(analyzers);
        if (round > 0)
        {
            results[name].Add((oursSeconds, theirsSeconds));
            Console.WriteLine($"round {round} {name,-6}: ours {oursSeconds:F3} s, IDE0010+IDE0072 {theirsSeconds:F3} s, {diagnostics} diagnostics");
        }
    }
}

Console.WriteLine($"medians over {rounds} rounds ({(concurrent ? "concurrent" : "sequential")} analysis):");
foreach (var (name, values) in results)
{
    var o = Median(values.Select(v => v.Ours));
    var t = Median(values.Select(v => v.Theirs));
    Console.WriteLine($"  {name,-6}: ours {o:F3} s, IDE0010+IDE0072 {t:F3} s");
}

var alone = Median(results["ours"].Select(v => v.Ours)) / Median(results["theirs"].Select(v => v.Theirs));
var together = Median(results["both"].Select(v => v.Ours / v.Theirs));
Console.WriteLine($"ratio ours/theirs: standalone (ratio of medians) {alone:F2}, same run (median per-run ratio) {together:F2}");
return 0;

async Task<(double Ours, double Theirs, int Diagnostics)> AnalyseAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)).ToArray();
    var compilation = CSharpCompilation.Create(
        "Synthetic",
        trees,
        references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrent));
    var options = new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
    var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    double oursSeconds = 0, theirsSeconds = 0;
    foreach (var analyzer in analyzers)
    {
        var seconds = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalSeconds;
        if (ours.Contains(analyzer))
        {
            oursSeconds += seconds;
        }
        else
        {
            theirsSeconds += seconds;
        }
    }

    return (oursSeconds, theirsSeconds, diagnostics.Length);
}

static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(string path, Func<Type, bool> keep) =>
    Assembly.LoadFrom(path).GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null && keep(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

static double Median(IEnumerable<double> values)
{
    var sorted = values.OrderBy(v => v).ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
