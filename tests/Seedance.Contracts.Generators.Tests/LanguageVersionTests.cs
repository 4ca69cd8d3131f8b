using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

/// <summary>
/// A net8.0 consumer compiles with C# 12 by default: the generated code must not need C# 13/14 syntax.
/// </summary>
public sealed class LanguageVersionTests
{
    private static readonly CSharpParseOptions CSharp12 = new(LanguageVersion.CSharp12);

    [Fact]
    public void Seed_and_family_output_compiles_at_CSharp_12()
    {
        var result = GeneratorHarness.RunWith(CSharp12,
            SpecFile.Fixture("seedance-2-mini-get-task.md"),
            SpecFile.Fixture("magnific-seedance-2-mini-family.openapi.yaml"));

        result.Compilation.SyntaxTrees.Should().OnlyContain(t => ((CSharpParseOptions)t.Options).LanguageVersion == LanguageVersion.CSharp12);
        result.Run.GeneratedTrees.Should().HaveCount(5);
        result.CompileErrorsAndWarnings.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Freepik_output_with_unions_forms_and_headers_compiles_at_CSharp_12()
    {
        var result = FreepikDocumentTests.Result.Value;

        result.Compilation.SyntaxTrees.Should().OnlyContain(t => ((CSharpParseOptions)t.Options).LanguageVersion == LanguageVersion.CSharp12);
        result.Run.GeneratedTrees.Should().HaveCount(5);
        result.CompileErrorsAndWarnings.Select(d => d.ToString()).Should().BeEmpty();
    }
}
