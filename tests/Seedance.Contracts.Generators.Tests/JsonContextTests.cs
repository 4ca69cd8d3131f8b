using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

public sealed class JsonContextTests(MagnificFixture fixture) : IClassFixture<MagnificFixture>
{
    private IReadOnlyList<SpecExample> AllExamples =>
        (IReadOnlyList<SpecExample>)fixture.Type("MagnificExamples").GetProperty("All")!.GetValue(null)!;

    [Fact]
    public void Every_fitting_example_deserializes_and_serializes_back_to_the_same_wire_json()
    {
        var accessors = fixture.Type("MagnificExamples").GetProperties().Where(p => p.Name != "All").ToList();
        accessors.Should().HaveCountGreaterThan(20);
        foreach (var accessor in accessors)
        {
            object value = accessor.GetValue(null)!;
            var info = fixture.TypeInfo(value.GetType().Name);
            string reserialized = JsonSerializer.Serialize(value, info);
            var example = AllExamples.Single(e => Accessor(e) == accessor.Name);
            JsonNode.DeepEquals(JsonNode.Parse(example.Json), JsonNode.Parse(reserialized)).Should().BeTrue($"{accessor.Name}: {example.Json} vs {reserialized}");
        }
    }

    [Fact]
    public void Completed_task_example_has_the_right_typed_values()
    {
        object response = fixture.Type("MagnificExamples").GetProperty("GetSeedance2MiniTask_200_SuccessCompletedTask")!.GetValue(null)!;
        object data = fixture.Get(response, "Data")!;
        fixture.Get(data, "TaskId").Should().Be(Guid.Parse("046b6c7f-0b8a-43b9-b35d-6489e6daee91"));
        fixture.Get(data, "Status")!.ToString().Should().Be("Completed");
        ((List<Uri>)fixture.Get(data, "Generated")!).Should().Equal(new Uri("https://ai-statics.freepik.com/completed_task_image.jpg"));
    }

    [Fact]
    public void Examples_catalog_keeps_exact_json_and_metadata_including_the_misfit()
    {
        var created = AllExamples.Single(e => e.OperationId == "get_seedance_2_mini_task" && e.StatusCode == 200 && e.Name == "success - created task");
        created.MediaType.Should().Be("application/json");
        created.Summary.Should().Be("Success - Task created");
        created.Json.Should().Be("{\"data\":{\"generated\":[],\"task_id\":\"046b6c7f-0b8a-43b9-b35d-6489e6daee91\",\"status\":\"CREATED\"}}");
        AllExamples.Should().Contain(e => e.MediaType == "application/problem+json" && e.Name == "invalid_page" && e.StatusCode == 400);
        AllExamples.Count(e => e.OperationId == "get_seedance_2_mini_task").Should().Be(4 + 2 + 12, "the seed and family define the operation identically: examples once");
    }

    [Fact]
    public void Unknown_status_value_deserializes_to_Unknown()
    {
        object detail = Deserialize("TaskDetail", """{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"QUEUED","generated":[]}""");
        fixture.Get(detail, "Status")!.ToString().Should().Be("Unknown");
    }

    [Fact]
    public void Missing_required_property_throws_JsonException_naming_the_wire_name()
    {
        var act = () => Deserialize("TaskDetail", """{"status":"CREATED","generated":[]}""");
        act.Should().Throw<JsonException>().WithMessage("*task_id*");
    }

    [Fact]
    public void Unknown_properties_are_skipped_and_escaped_status_text_still_matches()
    {
        object detail = Deserialize("TaskDetail", """{"task_id":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"IN\u005FPROGRESS","generated":[],"extra":{"a":1}}""");
        fixture.Get(detail, "Status")!.ToString().Should().Be("InProgress");
    }

    [Fact]
    public void Request_body_leaves_unset_optional_properties_out()
    {
        object request = Activator.CreateInstance(fixture.Type("Seedance2MiniRequest"))!;
        request.GetType().GetProperty("Prompt")!.SetValue(request, "a cat");
        request.GetType().GetProperty("Seed")!.SetValue(request, 4294967295L);
        request.GetType().GetProperty("Duration")!.SetValue(request, Enum.Parse(fixture.Type("Seedance2MiniRequestDuration"), "Value10"));
        request.GetType().GetProperty("AspectRatio")!.SetValue(request, Enum.Parse(fixture.Type("Seedance2MiniRequestAspectRatio"), "Widescreen16_9"));
        JsonSerializer.Serialize(request, fixture.TypeInfo("Seedance2MiniRequest"))
            .Should().Be("""{"prompt":"a cat","duration":10,"aspect_ratio":"widescreen_16_9","seed":4294967295}""");
    }

    [Fact]
    public void Context_works_as_resolver_of_caller_options_with_case_insensitive_names()
    {
        var context = fixture.Context;
        var options = new JsonSerializerOptions { TypeInfoResolver = (IJsonTypeInfoResolver)context, PropertyNameCaseInsensitive = true };
        object value = JsonSerializer.Deserialize("""{"DATA":{"TASK_ID":"046b6c7f-0b8a-43b9-b35d-6489e6daee91","status":"FAILED","generated":[]}}""", fixture.Type("TaskDetailResponse"), options)!;
        fixture.Get(fixture.Get(value, "Data")!, "Status")!.ToString().Should().Be("Failed");
    }

    [Fact]
    public void Object_metadata_is_built_by_JsonMetadataServices_with_required_flags()
    {
        var info = fixture.TypeInfo("TaskDetail");
        info.Kind.Should().Be(JsonTypeInfoKind.Object);
        info.Properties.Select(p => (p.Name, p.IsRequired)).Should().Equal(("task_id", true), ("status", true), ("generated", true));
        fixture.TypeInfo("Seedance2MiniRequest").Properties.Single(p => p.Name == "seed").IsRequired.Should().BeFalse();
    }

    [Fact]
    public void Wrong_token_for_integer_enum_is_a_JsonException()
    {
        var act = () => Deserialize("Seedance2MiniRequest", """{"prompt":"x","duration":7}""");
        act.Should().Throw<JsonException>().WithMessage("*5, 10*");
    }

    private object Deserialize(string type, string json) => JsonSerializer.Deserialize(json, fixture.TypeInfo(type))!;

    private static string Accessor(SpecExample e)
    {
        string method = string.Concat(e.OperationId.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        string name = string.Concat(e.Name.Split(' ', '-', '_').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return method + "_" + (e.StatusCode == 0 ? "Request" : e.StatusCode.ToString()) + "_" + name + (e.MediaType == "application/json" ? "" : "_ProblemJson");
    }
}
