using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Seedance.Contracts.Generators;

namespace Seedance.Contracts.Generators.Tests.Infrastructure;

/// <summary>A spec handed to the generator, with the SeedanceSpec item metadata it would have in MSBuild.</summary>
public sealed record SpecFile(string Path, string Text, string? Namespace = "Test.Api", string? Visibility = null, string? ClientName = null, string? Prefix = null, string? Operations = null)
{
    /// <summary>SeedanceStatusSuccess / SeedanceStatusFailure / SeedanceNotStatusEnums item metadata.</summary>
    public string? StatusSuccess { get; init; }

    public string? StatusFailure { get; init; }

    public string? NotStatusEnums { get; init; }

    public static SpecFile Fixture(string name, string? ns = "Test.Api") =>
        new(System.IO.Path.Combine(AppContext.BaseDirectory, "specs", name), File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "specs", name)), ns);
}

/// <summary>Runs the generator through CSharpGeneratorDriver and compiles its output against the real runtime.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static readonly CSharpParseOptions DefaultParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation NewCompilation(params string[] sources) => NewCompilation(DefaultParseOptions, sources);

    public static CSharpCompilation NewCompilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "Generated_" + Guid.NewGuid().ToString("N"),
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver NewDriver(IEnumerable<SpecFile> specs, bool track = true) => NewDriver(specs, out _, track);

    public static GeneratorDriver NewDriver(IEnumerable<SpecFile> specs, out ImmutableArray<AdditionalText> texts, bool track = true) =>
        NewDriver(specs, DefaultParseOptions, out texts, track);

    public static GeneratorDriver NewDriver(IEnumerable<SpecFile> specs, CSharpParseOptions parseOptions, out ImmutableArray<AdditionalText> texts, bool track = true)
    {
        texts = specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new SeedanceGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            new SpecOptionsProvider(specs.ToList()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
    }

    public static GenerationResult Run(params SpecFile[] specs) => RunWith(DefaultParseOptions, specs);

    /// <summary>Runs with the given parse options (language version, documentation mode) for consumer and generated code.</summary>
    public static GenerationResult RunWith(CSharpParseOptions parseOptions, params SpecFile[] specs)
    {
        var compilation = NewCompilation(parseOptions, "namespace Consumer { internal static class Marker { } }");
        var driver = NewDriver(specs, parseOptions, out _).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GenerationResult(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator).ToList();
        // The runtime package and its dependencies (DI, IHttpClientFactory) are copied next to the tests.
        paths.AddRange(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll"));
        paths.Add(typeof(SeedanceClientBase).Assembly.Location);
        return paths.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(File.Exists)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class SpecOptionsProvider(List<SpecFile> specs) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new() { ["build_property.RootNamespace"] = "Consumer" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var spec = specs.FirstOrDefault(s => s.Path == textFile.Path);
            if (spec == null)
            {
                return DictionaryOptions.Empty;
            }

            var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedanceSpec"] = "true" };
            void Set(string key, string? value)
            {
                if (value != null)
                {
                    values["build_metadata.AdditionalFiles." + key] = value;
                }
            }

            Set("SeedanceNamespace", spec.Namespace);
            Set("SeedanceVisibility", spec.Visibility);
            Set("SeedanceClientName", spec.ClientName);
            Set("SeedancePrefix", spec.Prefix);
            Set("SeedanceOperations", spec.Operations);
            Set("SeedanceStatusSuccess", spec.StatusSuccess);
            Set("SeedanceStatusFailure", spec.StatusFailure);
            Set("SeedanceNotStatusEnums", spec.NotStatusEnums);
            return new DictionaryOptions(values);
        }
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

/// <summary>The generator's output: run result, updated compilation and helpers to emit and load it.</summary>
public sealed class GenerationResult(GeneratorDriverRunResult run, CSharpCompilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)
{
    public GeneratorDriverRunResult Run { get; } = run;

    public CSharpCompilation Compilation { get; } = compilation;

    /// <summary>Diagnostics the generator reported (SDG...), plus CS8785 if it ever crashed.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; } = generatorDiagnostics.AddRange(run.Diagnostics).Distinct().ToImmutableArray();

    public IEnumerable<Diagnostic> CompileErrorsAndWarnings =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public string Source(string suffix) =>
        Run.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(suffix, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Emits the compilation and loads it into a collectible context (the runtime resolves from the default one).</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Compilation.Emit(stream);
        emit.Success.Should().BeTrue(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
