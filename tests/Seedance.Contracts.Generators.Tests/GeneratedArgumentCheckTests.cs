using System.Net;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

/// <summary>
/// The argument checks at the top of generated operation methods: a null check only where null is possible
/// (value-type bodies must compile), and no request with an empty required path segment.
/// </summary>
public sealed class GeneratedArgumentCheckTests
{
    private const string SpecTemplate = """
        openapi: 3.0.3
        info:
          title: Arg API
          version: '1'
        servers:
          - url: https://arg.example.invalid
        components:
          securitySchemes:
            key:
              type: apiKey
              in: header
              name: x-arg-key
          schemas:
            thing:
              type: object
              required: [id]
              properties:
                id:
                  type: string
        security:
          - key: []
        paths:
          /things/{thing-id}:
            get:
              operationId: get_thing
              parameters:
                - in: path
                  name: thing-id
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/thing'
          /things:
            post:
              operationId: create_thing
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
        BODY_SCHEMA
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/thing'
        """;

    private const string Indent = "                  ";

    private static string Spec(params string[] bodySchemaLines) =>
        SpecTemplate.Replace("BODY_SCHEMA", string.Join("\n", bodySchemaLines.Select(l => Indent + l)));

    private static readonly Lazy<(GenerationResult Result, Assembly Assembly)> WithModelBody = new(() =>
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/arg.yaml", Spec("$ref: '#/components/schemas/thing'")));
        return (result, result.Load());
    });

    public static TheoryData<string, string, string> ValueTypeBodies => new()
    {
        { "empty schema", "{}", "System.Text.Json.JsonElement" },
        { "object without properties", "type: object", "System.Text.Json.JsonElement" },
        { "integer", "type: integer", "int" },
        { "string enum", "type: string\n" + Indent + "enum: [small, large]", "(a generated enum)" },
        { "external $ref", "$ref: 'other.yaml#/Thing'", "System.Text.Json.JsonElement" },
        { "dangling $ref", "$ref: '#/components/schemas/missing'", "System.Text.Json.JsonElement" },
    };

    [Theory]
    [MemberData(nameof(ValueTypeBodies))]
    public void A_value_type_request_body_compiles_without_a_null_check(string description, string schema, string expectedBodyType)
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/arg.yaml", Spec(schema.Split('\n').Select(l => l.TrimStart()).ToArray())));

        result.GeneratorDiagnostics.Should().NotContain(d => d.Id == "CS8785", description);
        result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(description);
        var client = result.Compilation.GetTypeByMetadataName("Test.Api.ArgClient")!;
        var create = client.GetMembers("CreateThingAsync").OfType<IMethodSymbol>().Single();
        string bodyType = create.Parameters[0].Type.ToDisplayString();
        if (expectedBodyType == "(a generated enum)")
        {
            // The enum's name is the naming rules' business; what matters here is that it is a value type.
            create.Parameters[0].Type.TypeKind.Should().Be(TypeKind.Enum, description);
        }
        else
        {
            bodyType.Should().Be(expectedBodyType, description);
        }

        result.Source("Client.g.cs").Should().NotContain("if (body is null)", description);
    }

    [Fact]
    public void A_value_type_body_without_null_check_is_still_sent()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/arg.yaml", Spec("type: integer")));
        var handler = new RecordingHandler("""{"id":"t1"}""");
        object client = NewClient(result.Load(), handler);

        object? thing = Await(client.GetType().GetMethod("CreateThingAsync")!.Invoke(client, [42, CancellationToken.None])!);

        thing.Should().NotBeNull();
        handler.Requests.Should().ContainSingle().Which.Should().Be("POST /things 42");
    }

    [Fact]
    public void A_null_reference_type_body_still_throws_ArgumentNullException_before_sending()
    {
        var (result, assembly) = WithModelBody.Value;
        result.Source("Client.g.cs").Should().Contain("if (body is null) throw new global::System.ArgumentNullException(nameof(body));");
        var handler = new RecordingHandler("""{"id":"t1"}""");
        object client = NewClient(assembly, handler);

        var act = () => client.GetType().GetMethod("CreateThingAsync")!.Invoke(client, [null, CancellationToken.None]);

        act.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>().Which.ParamName.Should().Be("body");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void An_empty_or_whitespace_required_path_parameter_throws_ArgumentException_and_sends_nothing(string value)
    {
        var (_, assembly) = WithModelBody.Value;
        var handler = new RecordingHandler("""{"id":"t1"}""");
        object client = NewClient(assembly, handler);

        var act = () => client.GetType().GetMethod("GetThingAsync")!.Invoke(client, [value, CancellationToken.None]);

        var error = act.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentException>().Which;
        error.Should().NotBeOfType<ArgumentNullException>();
        error.ParamName.Should().Be("thingId");
        error.Message.Should().Contain("thing-id").And.Contain("empty");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_null_required_path_parameter_still_throws_ArgumentNullException()
    {
        var (_, assembly) = WithModelBody.Value;
        var handler = new RecordingHandler("""{"id":"t1"}""");
        object client = NewClient(assembly, handler);

        var act = () => client.GetType().GetMethod("GetThingAsync")!.Invoke(client, [null, CancellationToken.None]);

        act.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>().Which.ParamName.Should().Be("thingId");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void A_non_empty_path_parameter_is_sent_escaped()
    {
        var (_, assembly) = WithModelBody.Value;
        var handler = new RecordingHandler("""{"id":"t1"}""");
        object client = NewClient(assembly, handler);

        Await(client.GetType().GetMethod("GetThingAsync")!.Invoke(client, ["a b", CancellationToken.None])!);

        handler.Requests.Should().ContainSingle().Which.Should().Be("GET /things/a%20b ");
    }

    private static object NewClient(Assembly assembly, HttpMessageHandler handler)
    {
        Type optionsType = assembly.GetType("Test.Api.ArgClientOptions", throwOnError: true)!;
        var options = (SeedanceClientOptions)Activator.CreateInstance(optionsType)!;
        options.ApiKey = "arg-key";
        Type clientType = assembly.GetType("Test.Api.ArgClient", throwOnError: true)!;
        return Activator.CreateInstance(clientType, new HttpClient(handler), options)!;
    }

    private static object? Await(object task)
    {
        var t = (Task)task;
        t.GetAwaiter().GetResult();
        return t.GetType().GetProperty("Result")!.GetValue(t);
    }

    /// <summary>Answers every request with 200 and a fixed JSON body; records "METHOD path body".</summary>
    private sealed class RecordingHandler(string json) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(request.Method.Method + " " + request.RequestUri!.AbsolutePath + " " + body);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
