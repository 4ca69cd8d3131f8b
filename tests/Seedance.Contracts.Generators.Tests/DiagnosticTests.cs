using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

public sealed class DiagnosticTests
{
    private const string Minimal = """
        openapi: 3.0.0
        info:
          title: Demo API
          version: '1'
        paths:
          /things/{id}:
            get:
              operationId: get_thing
              parameters:
                - in: path
                  name: id
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/thing'
        components:
          schemas:
            thing:
              type: object
              properties:
                name:
                  type: string
        """;

    [Fact]
    public void Yaml_error_inside_a_markdown_page_is_reported_at_the_page_line()
    {
        string page = "# Title\n\nSome prose.\n\n````yaml get /things\nopenapi: 3.0.0\ninfo:\n  title: A\n  title: B\n````\n";
        var result = GeneratorHarness.Run(new SpecFile("/specs/page.md", page));
        var error = result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG001").Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        var span = error.Location.GetLineSpan();
        span.Path.Should().Be("/specs/page.md");
        span.StartLinePosition.Line.Should().Be(8, "the duplicate key sits on the page's 9th line");
        span.StartLinePosition.Character.Should().Be(2);
        error.GetMessage().Should().Contain("Duplicate key");
        result.GeneratorDiagnostics.Should().NotContain(d => d.Id == "CS8785");
    }

    [Fact]
    public void Yaml_syntax_error_in_a_yaml_file_has_line_and_column()
    {
        string yaml = "openapi: 3.0.0\ninfo:\n  title: 'unterminated\n  version: 1\n";
        var result = GeneratorHarness.Run(new SpecFile("/specs/broken.yaml", yaml));
        var error = result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG001").Subject;
        error.Location.GetLineSpan().StartLinePosition.Line.Should().BeInRange(2, 4);
        result.Run.Results.Single().Exception.Should().BeNull();
    }

    [Fact]
    public void Markdown_fence_holding_another_structure_is_not_an_openapi_document()
    {
        string page = "# Config\n\n```yaml\nlogging:\n  level: debug\n```\n";
        var result = GeneratorHarness.Run(new SpecFile("/specs/config.md", page));
        var error = result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG002").Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Location.GetLineSpan().StartLinePosition.Line.Should().Be(3, "the fence content starts on the page's 4th line");
        error.GetMessage().Should().Contain("no 'openapi' version field");
    }

    [Fact]
    public void Swagger_2_document_is_rejected_with_a_clear_reason()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/old.json", """{ "swagger": "2.0", "info": { "title": "Old" }, "paths": {} }"""));
        result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG002").Which.GetMessage().Should().Contain("Swagger 2.0");
    }

    [Fact]
    public void Unresolved_local_ref_is_reported_at_the_ref_and_the_rest_still_compiles()
    {
        string yaml = Minimal.Replace("$ref: '#/components/schemas/thing'", "$ref: '#/components/schemas/missing'");
        var result = GeneratorHarness.Run(new SpecFile("/specs/demo.yaml", yaml));
        var error = result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG003").Subject;
        var position = error.Location.GetLineSpan().StartLinePosition;
        string refLine = yaml.Split('\n')[position.Line];
        refLine.Should().Contain("#/components/schemas/missing");
        position.Character.Should().Be(refLine.IndexOf("'#/", StringComparison.Ordinal));
        result.CompileErrorsAndWarnings.Should().BeEmpty();
    }

    [Fact]
    public void External_ref_is_a_warning_and_typed_as_JsonElement()
    {
        string yaml = Minimal.Replace("$ref: '#/components/schemas/thing'", "$ref: 'other.yaml#/Thing'");
        var result = GeneratorHarness.Run(new SpecFile("/specs/demo.yaml", yaml));
        result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG004").Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Source("Client.g.cs").Should().Contain("Task<global::System.Text.Json.JsonElement> GetThingAsync");
        result.CompileErrorsAndWarnings.Should().BeEmpty();
    }

    [Fact]
    public void Differing_definitions_of_one_operation_are_an_error_naming_both_files()
    {
        var first = new SpecFile("/specs/a.yaml", Minimal);
        var second = new SpecFile("/specs/b.yaml", Minimal.Replace("/things/{id}:", "/v2/things/{id}:"));
        var result = GeneratorHarness.Run(first, second);
        var error = result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG008").Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.GetMessage().Should().Contain("get_thing").And.Contain("a.yaml:8").And.Contain("b.yaml:8");
        error.Location.GetLineSpan().Path.Should().Be("/specs/b.yaml");
        error.AdditionalLocations.Single().GetLineSpan().Path.Should().Be("/specs/a.yaml");
    }

    [Fact]
    public void Identical_operation_in_two_specs_is_generated_once_silently()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/a.yaml", Minimal), new SpecFile("/specs/b.yaml", Minimal.Replace("title: Demo API", "title: Demo API\n  description: other docs")));
        result.GeneratorDiagnostics.Should().BeEmpty();
        result.CompileErrorsAndWarnings.Should().BeEmpty();
    }

    [Fact]
    public void Same_schema_name_with_different_structure_gets_a_suffix_and_a_warning()
    {
        var first = new SpecFile("/specs/a.yaml", Minimal);
        var second = new SpecFile("/specs/b.yaml", Minimal.Replace("get_thing", "get_other_thing").Replace("/things/", "/others/").Replace("        name:\n          type: string", "        size:\n          type: integer"));
        var result = GeneratorHarness.Run(first, second);
        var warning = result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG006").Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.GetMessage().Should().Contain("'Thing'").And.Contain("'Thing2'");
        warning.Location.GetLineSpan().Path.Should().Be("/specs/b.yaml");
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        result.Compilation.GetTypeByMetadataName("Test.Api.Thing2")!.GetMembers("Size").Should().HaveCount(1);
    }

    [Fact]
    public void Markdown_page_without_a_spec_fence_is_reported_without_crashing()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/notes.md", "# Notes\n\nNo code here.\n"));
        result.GeneratorDiagnostics.Should().ContainSingle(d => d.Id == "SDG002").Which.GetMessage().Should().Contain("no ```yaml");
    }

    [Fact]
    public void Unsupported_constructs_are_informational_and_named()
    {
        string yaml = Minimal.Replace("    thing:\n      type: object", "    thing:\n      type: object\n      discriminator:\n        propertyName: kind")
            + "\n  securitySchemes:\n    oauth:\n      type: oauth2\n      flows: {}\n";
        var result = GeneratorHarness.Run(new SpecFile("/specs/demo.yaml", yaml));
        result.GeneratorDiagnostics.Should().OnlyContain(d => d.Id == "SDG005" && d.Severity == DiagnosticSeverity.Info);
        result.GeneratorDiagnostics.Select(d => d.GetMessage()).Should().Contain(m => m.Contains("discriminator")).And.Contain(m => m.Contains("oauth2"));
    }
}
