using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

public sealed class FreepikDocumentTests
{
    /// <summary>
    /// Shared with other test classes: the document is large, so it is generated once per run, at C# 12 (a
    /// net8.0 consumer's default language version; see LanguageVersionTests).
    /// </summary>
    internal static readonly Lazy<GenerationResult> Result = new(() => GeneratorHarness.RunWith(
        new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12),
        SpecFile.Fixture("freepik-api-v1-openapi.2024.yaml", "Freepik.Api")));

    [Fact]
    public void Whole_document_generates_and_compiles_with_zero_errors_and_warnings()
    {
        Result.Value.CompileErrorsAndWarnings.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Its_diagnostics_are_only_the_documented_informational_ones()
    {
        var diagnostics = Result.Value.GeneratorDiagnostics;
        diagnostics.Should().OnlyContain(d => (d.Id == "SDG005" || d.Id == "SDG007") && d.Severity == DiagnosticSeverity.Info,
            string.Join("\n", diagnostics.Select(d => d.ToString())));
        diagnostics.Should().OnlyContain(d => d.Location.GetLineSpan().Path.EndsWith("freepik-api-v1-openapi.2024.yaml"));
    }

    [Fact]
    public void Truncated_base64_examples_are_reported_as_misfits_and_get_no_typed_accessor()
    {
        // The document's upscaler/relight request examples hold base64 images cut short with "...".
        var misfits = Result.Value.GeneratorDiagnostics.Where(d => d.Id == "SDG007" && d.GetMessage().Contains("not base64")).ToList();
        misfits.Should().HaveCountGreaterThanOrEqualTo(4, string.Join("\n", misfits));
        var examples = Result.Value.Compilation.GetTypeByMetadataName("Freepik.Api.FreepikExamples")!;
        examples.GetMembers().Select(m => m.Name).Should().NotContain(["PostAiImageUpscaler_Request_AllParams", "PostAiImageRelight_Request_AllParams"]);
    }

    [Fact]
    public void Operations_without_operationId_are_named_from_method_and_path()
    {
        var client = Result.Value.Compilation.GetTypeByMetadataName("Freepik.Api.FreepikClient")!;
        var methods = client.GetMembers().OfType<IMethodSymbol>().Where(m => m.DeclaredAccessibility == Accessibility.Public && m.MethodKind == MethodKind.Ordinary).Select(m => m.Name).ToList();
        methods.Should().Contain(["PostAiTextToImageAsync", "GetAiImageUpscalerByTaskIdAsync", "GetResourcesByResourceIdDownloadByResourceFormatAsync", "PostAiBetaRemoveBackgroundAsync"]);
        methods.Should().Contain("WaitForAiMysticByTaskIdCompletionAsync");
    }

    [Fact]
    public void Api_is_internal_by_default_and_prefixed_from_the_title()
    {
        var task = Result.Value.Compilation.GetTypeByMetadataName("Freepik.Api.FreepikTask");
        task.Should().NotBeNull();
        task!.DeclaredAccessibility.Should().Be(Accessibility.Internal);
        Result.Value.Source("Client.g.cs").Should().Contain("SeedanceAuthScheme.ApiKeyHeader(\"x-freepik-api-key\")");
    }
}
