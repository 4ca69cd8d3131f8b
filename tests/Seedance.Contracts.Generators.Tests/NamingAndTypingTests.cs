using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

public sealed class NamingAndTypingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Acme API
          version: '1'
        paths:
          /jobs:
            get:
              parameters:
                - in: query
                  name: page-size
                  schema:
                    type: integer
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Type'
        components:
          schemas:
            Type:
              type: object
              properties:
                answer:
                  type: string
                  enum: [NO, ON, off, '16:9', 1280*720, 3d_renders, '5']
                class:
                  type: integer
                  format: int64
        """;

    [Fact]
    public void Yaml_11_booleans_stay_strings_and_enum_values_become_valid_members()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/acme.yaml", Spec, Namespace: null));
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        var answer = result.Compilation.GetTypeByMetadataName("Consumer.TypeAnswer")!;
        answer.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).Should().Equal("No", "On", "Off", "Value16_9", "Value1280_720", "Value3dRenders", "Value5");
        result.Source("Enums.g.cs").Should().Contain("case \"NO\":").And.Contain("case \"off\":");
    }

    [Fact]
    public void Colliding_schema_names_get_the_title_prefix_and_operations_without_id_are_named_from_the_route()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/acme.yaml", Spec, Namespace: null));
        var type = result.Compilation.GetTypeByMetadataName("Consumer.AcmeType");
        type.Should().NotBeNull("'Type' collides with System.Type");
        type!.DeclaredAccessibility.Should().Be(Accessibility.Internal, "consumer specs are internal by default");
        type.GetMembers("Class").OfType<IPropertySymbol>().Single().Type.ToDisplayString().Should().Be("long?");
        var client = result.Compilation.GetTypeByMetadataName("Consumer.AcmeClient")!;
        client.GetMembers("GetJobsAsync").OfType<IMethodSymbol>().Single().Parameters.Select(p => p.Name).Should().Equal("pageSize", "cancellationToken");
    }

    [Fact]
    public void Item_options_override_namespace_client_name_prefix_and_visibility()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/acme.yaml", Spec, Namespace: "My.Sdk", Visibility: "public", ClientName: "JobsClient", Prefix: "Zed"));
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        result.Compilation.GetTypeByMetadataName("My.Sdk.JobsClient")!.DeclaredAccessibility.Should().Be(Accessibility.Public);
        result.Compilation.GetTypeByMetadataName("My.Sdk.ZedType").Should().NotBeNull();
        result.Compilation.GetTypeByMetadataName("My.Sdk.ZedJsonContext").Should().NotBeNull();
    }
}
