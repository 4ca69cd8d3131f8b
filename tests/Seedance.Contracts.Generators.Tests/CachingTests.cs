using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

public sealed class CachingTests
{
    private static readonly string[] Steps = [SeedanceGenerator.InputStep, SeedanceGenerator.ModelStep, SeedanceGenerator.ApiStep];

    private static readonly SpecFile Seed = SpecFile.Fixture("seedance-2-mini-get-task.md");
    private static readonly SpecFile Family = SpecFile.Fixture("magnific-seedance-2-mini-family.openapi.yaml");

    [Fact]
    public void Second_run_on_the_same_compilation_is_all_cached()
    {
        var compilation = GeneratorHarness.NewCompilation("class A { }");
        var driver = GeneratorHarness.NewDriver([Seed, Family]).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation);
        Reasons(driver).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached).And.NotBeEmpty();
    }

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.NewCompilation("class A { }");
        var driver = GeneratorHarness.NewDriver([Seed, Family]).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }"));
        driver = driver.RunGenerators(edited);
        Reasons(driver).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged).And.NotBeEmpty();
    }

    [Fact]
    public void Editing_one_of_two_specs_reruns_only_that_specs_read_and_model_steps()
    {
        var compilation = GeneratorHarness.NewCompilation("class A { }");
        var driver = GeneratorHarness.NewDriver([Seed, Family], out var texts).RunGenerators(compilation);
        var oldText = driver.GetRunResult().Results[0].GeneratedSources; // keep the run alive for comparison
        oldText.Should().NotBeEmpty();

        var edited = Family with { Text = Family.Text.Replace("Seedance 2.0 Mini - List all tasks", "Seedance 2.0 Mini - List every task") };
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == Family.Path), new Text(edited.Path, edited.Text));
        driver = driver.RunGenerators(compilation);

        var run = driver.GetRunResult().Results[0];
        foreach (string step in new[] { SeedanceGenerator.InputStep, SeedanceGenerator.ModelStep })
        {
            var outputs = run.TrackedSteps[step].SelectMany(s => s.Outputs.Select(o => (o.Reason, Path: (string?)o.Value.GetType().GetProperty("FilePath")!.GetValue(o.Value)))).ToList();
            outputs.Where(o => o.Path == Seed.Path).Select(o => o.Reason).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached).And.NotBeEmpty();
            outputs.Where(o => o.Path == Family.Path).Select(o => o.Reason).Should().OnlyContain(r => r == IncrementalStepRunReason.Modified).And.NotBeEmpty();
        }

        run.GeneratedSources.Single(s => s.HintName.EndsWith("Client.g.cs")).SourceText.ToString().Should().Contain("Seedance 2.0 Mini - List every task");
    }

    [Fact]
    public void Whitespace_only_edit_of_a_spec_leaves_the_model_unchanged()
    {
        var compilation = GeneratorHarness.NewCompilation("class A { }");
        var driver = GeneratorHarness.NewDriver([Family], out var texts).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(texts[0], new Text(Family.Path, Family.Text + "\n# trailing comment\n"));
        driver = driver.RunGenerators(compilation);
        var run = driver.GetRunResult().Results[0];
        run.TrackedSteps[SeedanceGenerator.InputStep].SelectMany(s => s.Outputs).Select(o => o.Reason).Should().Contain(IncrementalStepRunReason.Modified);
        // Locations are part of the model, so only an edit after the last node keeps it equal.
        run.TrackedSteps[SeedanceGenerator.ModelStep].SelectMany(s => s.Outputs).Select(o => o.Reason).Should().OnlyContain(r => r == IncrementalStepRunReason.Unchanged);
        run.TrackedSteps[SeedanceGenerator.ApiStep].SelectMany(s => s.Outputs).Select(o => o.Reason).Should().OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver)
    {
        var run = driver.GetRunResult().Results[0];
        return Steps.SelectMany(step => run.TrackedSteps[step]).SelectMany(s => s.Outputs).Select(o => o.Reason)
            .Concat(run.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason));
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
