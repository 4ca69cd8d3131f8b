using Microsoft.CodeAnalysis;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

/// <summary>StatusSuccess / StatusFailure / NotStatusEnums item metadata override the value-based status detection.</summary>
public sealed class StatusOverrideTests
{
    // job.state uses words the built-in rules do not know; job.phase looks like a status by the built-in rules.
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Jobs API
          version: '1'
        paths:
          /jobs/{id}:
            get:
              operationId: get_job
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
                        $ref: '#/components/schemas/job'
        components:
          schemas:
            job:
              type: object
              required: [state, phase]
              properties:
                state:
                  type: string
                  enum: [QUEUED, RUNNING, READY, BROKEN, ABANDONED]
                phase:
                  type: string
                  enum: [draft, done, error]
                review:
                  $ref: '#/components/schemas/review-outcome'
            review-outcome:
              type: string
              enum: [PENDING, SUCCEEDED, FAILED]
        """;

    private static SpecFile Jobs(string? success = null, string? failure = null, string? notStatus = null) =>
        new("/specs/jobs.yaml", Spec) { StatusSuccess = success, StatusFailure = failure, NotStatusEnums = notStatus };

    private static INamedTypeSymbol Enum(GenerationResult result, string name) => result.Compilation.GetTypeByMetadataName("Test.Api." + name)!;

    private static bool IsStatusEnum(INamedTypeSymbol e) => e.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Seedance.Contracts.TaskStatusEnumAttribute");

    /// <summary>Member name → TaskStatusKind value (from the TaskStatusMember attribute).</summary>
    private static Dictionary<string, int> Kinds(INamedTypeSymbol e) => e.GetMembers().OfType<IFieldSymbol>()
        .ToDictionary(f => f.Name, f => (int)f.GetAttributes().Single(a => a.AttributeClass!.Name == "TaskStatusMemberAttribute").ConstructorArguments[1].Value!);

    [Fact]
    public void Without_metadata_only_the_enum_with_built_in_terminal_words_is_a_status_enum()
    {
        var result = GeneratorHarness.Run(Jobs());
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        IsStatusEnum(Enum(result, "JobState")).Should().BeFalse("READY/BROKEN are not built-in terminal words");
        IsStatusEnum(Enum(result, "JobPhase")).Should().BeTrue("done/error are built-in terminal words");
        result.Compilation.GetTypeByMetadataName("Test.Api.JobsClient")!.GetMembers("WaitForJobCompletionAsync").Should().ContainSingle();
    }

    [Fact]
    public void StatusSuccess_and_StatusFailure_wire_values_make_an_enum_a_status_enum_with_those_kinds()
    {
        var result = GeneratorHarness.Run(Jobs(success: "READY", failure: "BROKEN; ABANDONED", notStatus: "JobPhase"));
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        result.GeneratorDiagnostics.Should().BeEmpty();

        var state = Enum(result, "JobState");
        IsStatusEnum(state).Should().BeTrue();
        Kinds(state).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["Unknown"] = (int)TaskStatusKind.Unknown,
            ["Queued"] = (int)TaskStatusKind.Pending,
            ["Running"] = (int)TaskStatusKind.Pending,
            ["Ready"] = (int)TaskStatusKind.Succeeded,
            ["Broken"] = (int)TaskStatusKind.Failed,
            ["Abandoned"] = (int)TaskStatusKind.Failed,
        });
        result.Source("Client.g.cs").Should().Contain("GetKind(detail.State)");
    }

    [Fact]
    public void Overridden_lists_replace_the_built_in_words_and_match_exact_wire_values()
    {
        // "DONE" (upper case) is not the wire value "done": with the lists replaced, phase is no status enum.
        var result = GeneratorHarness.Run(Jobs(success: "DONE", failure: "error"));
        IsStatusEnum(Enum(result, "JobPhase")).Should().BeFalse();
        IsStatusEnum(Enum(result, "JobState")).Should().BeFalse();
        result.Compilation.GetTypeByMetadataName("Test.Api.JobsClient")!.GetMembers("WaitForJobCompletionAsync").Should().BeEmpty();
    }

    [Fact]
    public void NotStatusEnums_keeps_a_status_looking_enum_plain_and_drops_its_wait_helper()
    {
        var result = GeneratorHarness.Run(Jobs(notStatus: "JobPhase"));
        result.CompileErrorsAndWarnings.Should().BeEmpty();
        var phase = Enum(result, "JobPhase");
        IsStatusEnum(phase).Should().BeFalse();
        phase.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).Should().Equal("Draft", "Done", "Error");
        result.Compilation.GetTypeByMetadataName("Test.Api.JobPhaseExtensions")!.GetMembers("GetKind").Should().BeEmpty();
        result.Compilation.GetTypeByMetadataName("Test.Api.JobsClient")!.GetMembers("WaitForJobCompletionAsync").Should().BeEmpty();
    }

    [Fact]
    public void NotStatusEnums_also_accepts_the_component_schema_name()
    {
        var result = GeneratorHarness.Run(Jobs(notStatus: "review-outcome"));
        result.GeneratorDiagnostics.Should().BeEmpty();
        IsStatusEnum(Enum(result, "ReviewOutcome")).Should().BeFalse();
        IsStatusEnum(Enum(result, "JobPhase")).Should().BeTrue("only the named enum is excluded");
        IsStatusEnum(Enum(GeneratorHarness.Run(Jobs()), "ReviewOutcome")).Should().BeTrue("without the metadata its values make it a status enum");
    }

    [Fact]
    public void Metadata_that_cannot_apply_is_reported_as_SDG010()
    {
        // MSBuild hands lists over with "," (the .editorconfig would cut a value at ";").
        var result = GeneratorHarness.Run(Jobs(success: "READY,BROKEN", failure: "BROKEN", notStatus: "NoSuchEnum"));
        var messages = result.GeneratorDiagnostics.Where(d => d.Id == "SDG010").Select(d => d.GetMessage()).ToList();
        messages.Should().HaveCount(2);
        messages.Should().Contain(m => m.Contains("StatusSuccess and StatusFailure both list 'BROKEN'"));
        messages.Should().Contain(m => m.Contains("NotStatusEnums names 'NoSuchEnum'"));
        result.GeneratorDiagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning && d.Location.GetLineSpan().Path == "/specs/jobs.yaml");
        Kinds(Enum(result, "JobState"))["Broken"].Should().Be((int)TaskStatusKind.Succeeded, "success wins a conflict");
    }
}
