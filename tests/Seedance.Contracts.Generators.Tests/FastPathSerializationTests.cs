using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

/// <summary>
/// The generated SerializeHandlers (STJ's fast path) must write exactly the bytes of the metadata path. STJ runs a
/// handler only when the options are compatible with the context's; a runtime converter for any type makes them
/// incompatible, so the same context then serializes through its property metadata.
/// </summary>
public sealed class FastPathSerializationTests(MagnificFixture fixture) : IClassFixture<MagnificFixture>
{
    private static readonly Lazy<Assembly> Freepik = new(() => FreepikDocumentTests.Result.Value.Load());

    // CanUseSerializeHandler / HasSerializeHandler are internal to System.Text.Json: read here only to prove
    // which path ran (the generated code itself uses no reflection).
    private static readonly PropertyInfo CanUseSerializeHandler =
        typeof(JsonTypeInfo).GetProperty("CanUseSerializeHandler", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly PropertyInfo HasSerializeHandler =
        typeof(JsonTypeInfo).GetProperty("HasSerializeHandler", BindingFlags.Instance | BindingFlags.NonPublic)!;

    [Theory]
    [InlineData("magnific")]
    [InlineData("freepik")]
    public void Every_typed_example_serializes_to_identical_bytes_on_the_fast_path_and_the_metadata_path(string api)
    {
        var (assembly, ns, prefix) = Api(api);
        var context = Context(assembly, ns, prefix);
        var metadataOptions = MetadataOnlyOptions(context);
        var accessors = assembly.GetType(ns + "." + prefix + "Examples", throwOnError: true)!
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.Name != "All")
            .ToList();
        accessors.Should().HaveCountGreaterThan(api == "magnific" ? 20 : 10);

        int viaHandler = 0;
        var unreadable = new List<string>();
        foreach (var accessor in accessors)
        {
            object value;
            try
            {
                value = accessor.GetValue(null)!;
            }
            catch (TargetInvocationException e) when (e.InnerException is JsonException)
            {
                // Not a serialization question: the typed accessor itself cannot read its example (listed below).
                unreadable.Add(accessor.Name);
                continue;
            }

            var fastInfo = context.GetTypeInfo(accessor.PropertyType)!;
            var metadataInfo = metadataOptions.GetTypeInfo(accessor.PropertyType);
            if (fastInfo.Kind != JsonTypeInfoKind.None)
            {
                UsesHandler(fastInfo).Should().BeTrue($"{accessor.Name} ({accessor.PropertyType.Name}) should serialize through its SerializeHandler under the context's own options");
                UsesHandler(metadataInfo).Should().BeFalse($"{accessor.Name}: the extra converter must force the metadata path");
                viaHandler++;
            }

            string fast = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, fastInfo));
            string metadata = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, metadataInfo));
            fast.Should().Be(metadata, accessor.Name);
        }

        viaHandler.Should().BeGreaterThan(10, "the examples are mostly objects");
        unreadable.Should().BeEmpty("an example that does not fit its schema (e.g. truncated base64) gets no typed accessor");
    }

    [Theory]
    [InlineData("magnific")]
    [InlineData("freepik")]
    public void Every_object_and_list_type_has_a_handler_that_only_runs_with_compatible_options(string api)
    {
        var (assembly, ns, prefix) = Api(api);
        var context = Context(assembly, ns, prefix);
        var metadataOptions = MetadataOnlyOptions(context);
        var infos = context.GetType().GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(p => (JsonTypeInfo)p.GetValue(context)!)
            .Where(i => i.Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
            .ToList();
        infos.Should().Contain(i => i.Kind == JsonTypeInfoKind.Object).And.Contain(i => i.Kind == JsonTypeInfoKind.Enumerable);

        foreach (var info in infos)
        {
            UsesHandler(info).Should().BeTrue(info.Type.Name);
            var fallback = metadataOptions.GetTypeInfo(info.Type);
            ((bool)HasSerializeHandler.GetValue(fallback)!).Should().BeTrue($"{info.Type.Name} carries the handler");
            UsesHandler(fallback).Should().BeFalse($"{info.Type.Name}: a runtime converter makes the options incompatible");
        }
    }

    [Fact]
    public void Caller_options_that_stay_compatible_keep_the_fast_path_and_the_same_bytes()
    {
        var context = fixture.Context as JsonSerializerContext;
        var callerOptions = new JsonSerializerOptions { TypeInfoResolver = context, PropertyNameCaseInsensitive = true };
        callerOptions.MakeReadOnly(); // GetTypeInfo on mutable options hands out unconfigured metadata
        object value = fixture.Type("MagnificExamples").GetProperty("GetSeedance2MiniTask_200_SuccessCompletedTask")!.GetValue(null)!;
        var info = callerOptions.GetTypeInfo(value.GetType());
        UsesHandler(info).Should().BeTrue("case-insensitive reading does not affect writing");
        JsonSerializer.Serialize(value, info).Should().Be(
            """{"data":{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"COMPLETED","generated":["https://ai-statics.freepik.com/completed_task_image.jpg"]}}""");
    }

    [Fact]
    public void Optional_properties_left_unset_are_omitted_on_the_fast_path_as_on_the_metadata_path()
    {
        var context = (JsonSerializerContext)fixture.Context;
        object request = Activator.CreateInstance(fixture.Type("Seedance2MiniRequest"))!;
        request.GetType().GetProperty("Prompt")!.SetValue(request, "a \"cat\" <at> night");
        var info = context.GetTypeInfo(request.GetType())!;
        UsesHandler(info).Should().BeTrue();
        string fast = JsonSerializer.Serialize(request, info);
        fast.Should().Be("""{"prompt":"a \u0022cat\u0022 \u003Cat\u003E night"}""", "the writer escapes like the metadata path's default encoder");
        fast.Should().Be(JsonSerializer.Serialize(request, MetadataOnlyOptions(context).GetTypeInfo(request.GetType())));
    }

    [Fact]
    public void Generated_context_source_wires_handlers_and_uses_no_reflection()
    {
        string source = fixture.Result.Source("JsonContext.g.cs");
        source.Should().Contain("SerializeHandler = TaskDetailSerializeHandler,")
            .And.Contain("SerializeHandler = ListUriSerializeHandler,")
            .And.Contain("JsonEncodedText.Encode(\"task_id\")")
            .And.NotContain("SerializeHandler = null,");
        source.Should().NotContain("System.Reflection").And.NotContain("GetProperty(").And.NotContain("Activator").And.NotContain("MakeGenericType");
    }

    [Fact]
    public void Edge_shapes_write_identical_bytes_on_both_paths()
    {
        var result = GeneratorHarness.Run(new SpecFile("/specs/edges.yaml", EdgeSpec, Namespace: "Edge.Api"));
        result.CompileErrorsAndWarnings.Select(d => d.ToString()).Should().BeEmpty();
        var assembly = result.Load();
        var context = Context(assembly, "Edge.Api", "Edge");
        var metadataOptions = MetadataOnlyOptions(context);
        var thing = assembly.GetType("Edge.Api.Thing", throwOnError: true)!;

        string[] documents =
        [
            // Everything set, escaping in names/keys/values, a relative URI kept as written.
            """{"id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","when":"2024-05-01T10:20:30.1234567+02:00","name":"x\u00e9\"y","count":-5,"big":4294967295,"ratio":0.1,"scale":1.5,"on":true,"blob":"AQID","site":"../a b?c=d","links":["https://x.test/a","/rel"],"labels":{"b\u00fc":1,"a":2},"children":{"k":{"name":"inner"}},"nested":{"name":"n","tags":["t"]},"free":{"any":[1,{"z":null}]},"either":42,"level":"HIGH","size":10,"maybe":null,"required-nullable":null,"free-list":[true,null,"s"]}""",
            // Only the required ones; required nullable given values.
            """{"id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","labels":{},"required-nullable":"here","either":"text"}""",
            // Nulls inside collections.
            """{"id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","labels":{},"links":[null],"children":{"gone":null},"required-nullable":null,"either":{"o":1}}""",
        ];

        foreach (string document in documents)
        {
            object value = JsonSerializer.Deserialize(document, thing, context)!;
            var fastInfo = context.GetTypeInfo(thing)!;
            UsesHandler(fastInfo).Should().BeTrue();
            string fast = JsonSerializer.Serialize(value, fastInfo);
            fast.Should().Be(JsonSerializer.Serialize(value, metadataOptions.GetTypeInfo(thing)), document);
        }

        // An empty instance: required reference properties are written as null, optional ones left out, on both paths.
        object empty = Activator.CreateInstance(assembly.GetType("Edge.Api.ThingNested", throwOnError: true)!)!;
        JsonSerializer.Serialize(empty, context.GetTypeInfo(empty.GetType())!).Should().Be("""{"name":null}""")
            .And.Be(JsonSerializer.Serialize(empty, metadataOptions.GetTypeInfo(empty.GetType())));
    }

    private const string EdgeSpec = """
        openapi: 3.0.3
        info:
          title: Edge API
          version: '1'
        paths:
          /things:
            get:
              operationId: get_thing
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
        components:
          schemas:
            Thing:
              type: object
              required: [id, labels, required-nullable, either]
              properties:
                id: { type: string, format: uuid }
                when: { type: string, format: date-time }
                name: { type: string }
                count: { type: integer }
                big: { type: integer, format: int64 }
                ratio: { type: number }
                scale: { type: number, format: float }
                on: { type: boolean }
                blob: { type: string, format: byte }
                site: { type: string, format: uri }
                links:
                  type: array
                  items: { type: string, format: uri }
                labels:
                  type: object
                  additionalProperties: { type: integer }
                children:
                  type: object
                  additionalProperties:
                    $ref: '#/components/schemas/Child'
                nested:
                  type: object
                  required: [name]
                  properties:
                    name: { type: string }
                    tags:
                      type: array
                      items: { type: string }
                free:
                  type: object
                free-list:
                  type: array
                  items: {}
                either:
                  oneOf:
                    - { type: integer }
                    - { type: string }
                    - { type: object, properties: { o: { type: integer } } }
                level:
                  type: string
                  enum: [LOW, HIGH]
                size:
                  type: integer
                  enum: [5, 10]
                maybe:
                  type: string
                  nullable: true
                required-nullable:
                  type: string
                  nullable: true
            Child:
              type: object
              properties:
                name: { type: string }
        """;

    private static bool UsesHandler(JsonTypeInfo info) => (bool)CanUseSerializeHandler.GetValue(info)!;

    private (Assembly Assembly, string Namespace, string Prefix) Api(string api) =>
        api == "magnific" ? (fixture.Assembly, "Test.Api", "Magnific") : (Freepik.Value, "Freepik.Api", "Freepik");

    private static JsonSerializerContext Context(Assembly assembly, string ns, string prefix) =>
        (JsonSerializerContext)assembly.GetType(ns + "." + prefix + "JsonContext", throwOnError: true)!.GetProperty("Default")!.GetValue(null)!;

    /// <summary>The same context as resolver, plus a converter for a type it never sees: STJ then refuses the fast path.</summary>
    private static JsonSerializerOptions MetadataOnlyOptions(JsonSerializerContext context)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = context, Converters = { new UnrelatedVersionConverter() } };
        options.MakeReadOnly();
        return options;
    }

    private sealed class UnrelatedVersionConverter : JsonConverter<Version>
    {
        public override Version Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Version.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Version value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
