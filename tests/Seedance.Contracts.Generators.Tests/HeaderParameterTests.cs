using System.Net;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

/// <summary>Header parameters become method parameters and are sent; runtime-owned headers are not parameters.</summary>
public sealed class HeaderParameterTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Hdr API
          version: '1'
        servers:
          - url: https://hdr.example.invalid
        components:
          securitySchemes:
            key:
              type: apiKey
              in: header
              name: x-hdr-key
          schemas:
            job:
              type: object
              required: [id, status]
              properties:
                id:
                  type: string
                status:
                  type: string
                  enum: [RUNNING, DONE, FAILED]
        security:
          - key: []
        paths:
          /jobs/{job-id}:
            get:
              operationId: get_job
              parameters:
                - in: path
                  name: job-id
                  required: true
                  schema:
                    type: string
                - in: header
                  name: Accept-Language
                  schema:
                    type: string
                - in: header
                  name: x-hdr-key
                  schema:
                    type: string
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/job'
          /jobs:
            post:
              operationId: create_job
              parameters:
                - in: header
                  name: X-Request-Id
                  required: true
                  schema:
                    type: string
                    format: uuid
                - in: header
                  name: X-Priority
                  schema:
                    type: integer
                - in: header
                  name: X-Tags
                  schema:
                    type: array
                    items:
                      type: string
                - in: header
                  name: Content-Type
                  required: true
                  schema:
                    type: string
                - in: cookie
                  name: session
                  schema:
                    type: string
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/job'
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/job'
        """;

    private const string JobJson = """{"id":"j1","status":"DONE"}""";

    private static readonly Lazy<(GenerationResult Result, Assembly Assembly)> Generated = new(() =>
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/hdr.yaml", Spec));
        return (result, result.Load());
    });

    [Fact]
    public void Required_headers_are_parameters_optional_ones_nullable_and_runtime_owned_ones_are_left_out()
    {
        var (result, _) = Generated.Value;
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        var client = result.Compilation.GetTypeByMetadataName("Test.Api.HdrClient")!;
        Parameters(client, "CreateJobAsync").Should().Equal(
            "Test.Api.Job body", "System.Guid xRequestId", "int? xPriority", "System.Collections.Generic.List<string>? xTags", "System.Threading.CancellationToken cancellationToken");
        Parameters(client, "GetJobAsync").Should().Equal("string jobId", "string? acceptLanguage", "System.Threading.CancellationToken cancellationToken");

        var sdg005 = result.GeneratorDiagnostics.Where(d => d.Id == "SDG005").Select(d => d.GetMessage()).ToList();
        sdg005.Should().ContainSingle().Which.Should().Contain("cookie parameter 'session'");
    }

    [Fact]
    public void Optional_header_parameters_do_not_stop_the_wait_helper()
    {
        var client = Generated.Value.Result.Compilation.GetTypeByMetadataName("Test.Api.HdrClient")!;
        client.GetMembers("WaitForJobCompletionAsync").Should().ContainSingle();
    }

    [Fact]
    public async Task Headers_that_are_set_are_sent_with_wire_names_and_unset_optional_ones_are_skipped()
    {
        var handler = new RecordingHandler(JobJson);
        object client = NewClient(handler);
        var create = client.GetType().GetMethod("CreateJobAsync")!;
        object body = JsonBody();
        var id = Guid.Parse("6f1c2b0e-1d2a-4c3b-9a8d-7e6f5a4b3c2d");

        await (Task)create.Invoke(client, [body, id, 3, new List<string> { "a", "b c" }, CancellationToken.None])!;
        await (Task)create.Invoke(client, [body, id, null, null, CancellationToken.None])!;

        handler.Requests[0].Headers.Should().Contain(new KeyValuePair<string, string>("X-Request-Id", "6f1c2b0e-1d2a-4c3b-9a8d-7e6f5a4b3c2d"))
            .And.Contain(new KeyValuePair<string, string>("X-Priority", "3"))
            .And.Contain(new KeyValuePair<string, string>("X-Tags", "a,b c"))
            .And.Contain(new KeyValuePair<string, string>("x-hdr-key", "k-123"));
        handler.Requests[1].Headers.Keys.Should().Contain("X-Request-Id").And.NotContain("X-Priority").And.NotContain("X-Tags");
    }

    [Fact]
    public void Operations_without_header_parameters_call_the_headerless_overload()
    {
        string source = Generated.Value.Result.Source("Client.g.cs");
        source.Should().Contain("if (acceptLanguage is not null) (headers ??= new ");
        source.Should().Contain("return SendAsync(global::System.Net.Http.HttpMethod.Get, pathAndQuery, null, headers, ");

        var seed = GeneratorHarness.Run(SpecFile.Fixture("seedance-2-mini-get-task.md")).Source("Client.g.cs");
        seed.Should().NotContain("headers").And.Contain("return SendAsync(global::System.Net.Http.HttpMethod.Get, pathAndQuery, null, global::");
    }

    [Fact]
    public async Task Freepik_accept_language_header_parameter_is_sent()
    {
        var result = FreepikDocumentTests.Result.Value;
        var clientSymbol = result.Compilation.GetTypeByMetadataName("Freepik.Api.FreepikClient")!;
        Parameters(clientSymbol, "GetResourcesByResourceIdAsync").Should().Equal("string resourceId", "string? acceptLanguage", "System.Threading.CancellationToken cancellationToken");
        result.GeneratorDiagnostics.Should().NotContain(d => d.Id == "SDG005" && d.GetMessage().Contains("header parameter"));

        var assembly = result.Load();
        var handler = new RecordingHandler("""{"message":"Not found"}""", HttpStatusCode.NotFound);
        var optionsType = assembly.GetType("Freepik.Api.FreepikClientOptions")!;
        var options = (SeedanceClientOptions)Activator.CreateInstance(optionsType)!;
        options.ApiKey = "fp-key";
        var client = Activator.CreateInstance(assembly.GetType("Freepik.Api.FreepikClient")!, new HttpClient(handler), options)!;

        var call = () => (Task)client.GetType().GetMethod("GetResourcesByResourceIdAsync")!.Invoke(client, ["30955", "es-ES", CancellationToken.None])!;

        await call.Should().ThrowAsync<SeedanceNotFoundException>();
        var request = handler.Requests.Single();
        request.Uri.Should().Be("https://api.freepik.com/v1/resources/30955");
        request.Headers.Should().Contain(new KeyValuePair<string, string>("Accept-Language", "es-ES"))
            .And.Contain(new KeyValuePair<string, string>("x-freepik-api-key", "fp-key"));
    }

    private static object NewClient(RecordingHandler handler)
    {
        var assembly = Generated.Value.Assembly;
        var options = (SeedanceClientOptions)Activator.CreateInstance(assembly.GetType("Test.Api.HdrClientOptions")!)!;
        options.ApiKey = "k-123";
        return Activator.CreateInstance(assembly.GetType("Test.Api.HdrClient")!, new HttpClient(handler), options)!;
    }

    private static object JsonBody()
    {
        var assembly = Generated.Value.Assembly;
        var context = assembly.GetType("Test.Api.HdrJsonContext")!.GetProperty("Default")!.GetValue(null)!;
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo)context.GetType().GetProperty("Job")!.GetValue(context)!;
        return System.Text.Json.JsonSerializer.Deserialize(JobJson, info)!;
    }

    private static IEnumerable<string> Parameters(INamedTypeSymbol client, string method) =>
        client.GetMembers(method).OfType<IMethodSymbol>().Single().Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name);

    private sealed record Recorded(string Uri, Dictionary<string, string> Headers);

    /// <summary>Records each request (headers incl. content headers) and answers with a fixed body.</summary>
    private sealed class RecordingHandler(string body, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
    {
        public List<Recorded> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            Requests.Add(new Recorded(request.RequestUri!.AbsoluteUri, headers));
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
