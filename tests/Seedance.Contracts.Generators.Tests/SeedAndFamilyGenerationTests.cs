using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

public sealed class SeedAndFamilyGenerationTests(MagnificFixture fixture) : IClassFixture<MagnificFixture>
{
    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        fixture.Result.CompileErrorsAndWarnings.Should().BeEmpty();
    }

    [Fact]
    public void Only_the_problem_json_invalid_page_example_is_reported_as_not_fitting()
    {
        var diagnostics = fixture.Result.GeneratorDiagnostics;
        diagnostics.Should().OnlyContain(d => d.Id == "SDG007" && d.Severity == DiagnosticSeverity.Info);
        diagnostics.Should().NotBeEmpty();
        diagnostics.Select(d => d.GetMessage()).Should().OnlyContain(m => m.Contains("'invalid_page'") && m.Contains("application/problem+json"));
        // The seed page and the family share get_seedance_2_mini_task: generated once, no SDG008.
        diagnostics.Should().NotContain(d => d.Id == "SDG008" || d.Id == "CS8785");
    }

    [Theory]
    [InlineData("MagnificTask")]
    [InlineData("TaskDetail")]
    [InlineData("TaskDetailResponse")]
    [InlineData("ErrorResponse")]
    [InlineData("TaskListResponse")]
    [InlineData("Seedance2MiniRequest")]
    [InlineData("MagnificTaskStatus")]
    [InlineData("MagnificTaskStatusExtensions")]
    [InlineData("MagnificJsonContext")]
    [InlineData("MagnificClient")]
    [InlineData("MagnificClientOptions")]
    [InlineData("MagnificServiceCollectionExtensions")]
    [InlineData("MagnificExamples")]
    public void Contract_type_is_generated_under_its_rule_name(string name)
    {
        fixture.Assembly.GetType("Test.Api." + name).Should().NotBeNull();
    }

    [Fact]
    public void Structurally_identical_message_bodies_collapse_into_one_ErrorResponse()
    {
        fixture.Assembly.GetTypes().Where(t => t.GetProperty("Message") != null && t.GetProperties().Length == 1)
            .Select(t => t.Name).Should().Equal("ErrorResponse");
    }

    [Fact]
    public void Status_enum_has_unknown_first_and_the_wire_values_in_order()
    {
        var status = fixture.Type("MagnificTaskStatus");
        Enum.GetNames(status).Should().Equal("Unknown", "Created", "InProgress", "Completed", "Failed");
        ((int)Enum.Parse(status, "Unknown")).Should().Be(0);
        status.GetCustomAttributes(typeof(TaskStatusEnumAttribute), false).Should().HaveCount(1);
        var failed = status.GetField("Failed")!.GetCustomAttributes(typeof(TaskStatusMemberAttribute), false).Cast<TaskStatusMemberAttribute>().Single();
        failed.WireValue.Should().Be("FAILED");
        failed.Kind.Should().Be(TaskStatusKind.Failed);
        var unknown = status.GetField("Unknown")!.GetCustomAttributes(typeof(TaskStatusMemberAttribute), false).Cast<TaskStatusMemberAttribute>().Single();
        unknown.WireValue.Should().BeNull();
        unknown.Kind.Should().Be(TaskStatusKind.Unknown);
    }

    [Theory]
    [InlineData("Created", false, false, false, TaskStatusKind.Pending, "CREATED")]
    [InlineData("InProgress", false, false, false, TaskStatusKind.Pending, "IN_PROGRESS")]
    [InlineData("Completed", true, true, false, TaskStatusKind.Succeeded, "COMPLETED")]
    [InlineData("Failed", true, false, true, TaskStatusKind.Failed, "FAILED")]
    [InlineData("Unknown", false, false, false, TaskStatusKind.Unknown, null)]
    public void Status_helpers_classify_each_member(string member, bool terminal, bool success, bool failure, TaskStatusKind kind, string? wire)
    {
        var extensions = fixture.Type("MagnificTaskStatusExtensions");
        object value = Enum.Parse(fixture.Type("MagnificTaskStatus"), member);
        extensions.GetMethod("IsTerminal")!.Invoke(null, [value]).Should().Be(terminal);
        extensions.GetMethod("IsSuccess")!.Invoke(null, [value]).Should().Be(success);
        extensions.GetMethod("IsFailure")!.Invoke(null, [value]).Should().Be(failure);
        extensions.GetMethod("GetKind")!.Invoke(null, [value]).Should().Be(kind);
        extensions.GetMethod("ToWireValue")!.Invoke(null, [value]).Should().Be(wire);
    }

    [Fact]
    public void TryParse_accepts_exact_wire_values_only_for_strings_and_utf8()
    {
        fixture.Result.Source("Enums.g.cs").Should().Contain("public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, out global::Test.Api.MagnificTaskStatus value)");
        var tryParse = fixture.Type("MagnificTaskStatusExtensions").GetMethods().Single(m => m.Name == "TryParse" && m.GetParameters()[0].ParameterType == typeof(string));
        object?[] args = ["IN_PROGRESS", null];
        tryParse.Invoke(null, args).Should().Be(true);
        args[1]!.ToString().Should().Be("InProgress");
        object?[] lower = ["in_progress", null];
        tryParse.Invoke(null, lower).Should().Be(false);
    }

    [Fact]
    public void Match_calls_the_delegate_of_the_member_and_state_overload_passes_state()
    {
        var extensions = fixture.Type("MagnificTaskStatusExtensions");
        var status = fixture.Type("MagnificTaskStatus");
        var match = extensions.GetMethods().Single(m => m.Name == "Match" && m.GetGenericArguments().Length == 1).MakeGenericMethod(typeof(string));
        Func<string>[] cases = new[] { "unknown", "created", "inProgress", "completed", "failed" }.Select(n => (Func<string>)(() => n)).ToArray();
        match.Invoke(null, [Enum.Parse(status, "Failed"), .. cases]).Should().Be("failed");
        match.Invoke(null, [Enum.ToObject(status, 42), .. cases]).Should().Be("unknown", "undefined numbers are treated as Unknown");

        var withState = extensions.GetMethods().Single(m => m.Name == "Match" && m.GetGenericArguments().Length == 2).MakeGenericMethod(typeof(int), typeof(int));
        Func<int, int>[] stateCases = Enumerable.Range(0, 5).Select(i => (Func<int, int>)(s => s * 10 + i)).ToArray();
        withState.Invoke(null, [Enum.Parse(status, "Completed"), 7, .. stateCases]).Should().Be(73);
    }

    [Fact]
    public void Client_has_one_method_per_operation_and_wait_helpers()
    {
        var client = fixture.Type("MagnificClient");
        var methods = client.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);
        methods.Should().Equal(
            "CreateVideoSeedance2Mini480pAsync", "CreateVideoSeedance2Mini720pAsync", "GetAllSeedance2Mini480pTasksAsync",
            "GetAllSeedance2Mini720pTasksAsync", "GetSeedance2MiniTaskAsync", "GetSeedance2MiniTasksAsync",
            "WaitForCompletionAsync", "WaitForSeedance2MiniTaskCompletionAsync");
        var get = client.GetMethod("GetSeedance2MiniTaskAsync")!;
        get.GetParameters().Select(p => (p.Name, p.ParameterType)).Should().Equal(("taskId", typeof(string)), ("cancellationToken", typeof(CancellationToken)));
        get.ReturnType.Should().Be(typeof(Task<>).MakeGenericType(fixture.Type("TaskDetailResponse")));
        client.GetMethod("WaitForCompletionAsync")!.ReturnType.Should().Be(typeof(Task<>).MakeGenericType(fixture.Type("TaskDetail")));
        client.BaseType.Should().Be(typeof(SeedanceClientBase));
    }

    [Fact]
    public void Client_escapes_path_parameters_and_uses_the_spec_auth_header_and_server()
    {
        string client = fixture.Result.Source("Client.g.cs");
        client.Should().Contain("\"/v1/ai/video/seedance-2-mini/\" + global::System.Uri.EscapeDataString(taskId)");
        client.Should().Contain("SeedanceAuthScheme.ApiKeyHeader(\"x-magnific-api-key\")");
        var defaultAddress = fixture.Type("MagnificClientOptions").GetProperty("DefaultBaseAddress")!.GetValue(null);
        defaultAddress.Should().Be(new Uri("https://api.magnific.com"));
    }

    [Fact]
    public void Seed_is_long_and_byte_strings_described_as_url_or_base64_stay_string()
    {
        var request = fixture.Type("Seedance2MiniRequest");
        request.GetProperty("Seed")!.PropertyType.Should().Be(typeof(long?));
        request.GetProperty("Image")!.PropertyType.Should().Be(typeof(string));
        request.GetProperty("WebhookUrl")!.PropertyType.Should().Be(typeof(Uri));
        request.GetProperty("CameraFixed")!.PropertyType.Should().Be(typeof(bool?));
        fixture.Type("TaskDetail").GetProperty("TaskId")!.PropertyType.Should().Be(typeof(Guid));
        fixture.Type("TaskDetail").GetProperty("Generated")!.PropertyType.Should().Be(typeof(List<Uri>));
    }

    [Fact]
    public void Enum_values_that_are_not_identifiers_get_valid_member_names()
    {
        Enum.GetNames(fixture.Type("Seedance2MiniRequestDuration")).Should().Equal("Value5", "Value10");
        Convert.ToInt64(Enum.Parse(fixture.Type("Seedance2MiniRequestDuration"), "Value10")).Should().Be(10);
        Enum.GetNames(fixture.Type("Seedance2MiniRequestAspectRatio")).Should().Contain(["FilmHorizontal21_9", "Widescreen16_9", "Square1_1"]);
    }
}
