using System.Reflection;

namespace Seedance.Contracts.Tests.Status;

public sealed class TaskStatusAttributeTests
{
    [Theory]
    [InlineData(TaskStatusKind.Pending, false)]
    [InlineData(TaskStatusKind.Succeeded, true)]
    [InlineData(TaskStatusKind.Failed, true)]
    [InlineData(TaskStatusKind.Unknown, false)]
    public void Only_succeeded_and_failed_members_are_terminal(TaskStatusKind kind, bool terminal) =>
        new TaskStatusMemberAttribute("X", kind).IsTerminal.Should().Be(terminal);

    [Fact]
    public void The_kind_values_are_the_ones_the_analyzer_matches() =>
        new[] { (int)TaskStatusKind.Pending, (int)TaskStatusKind.Succeeded, (int)TaskStatusKind.Failed, (int)TaskStatusKind.Unknown }
            .Should().Equal(0, 1, 2, 3);

    [Fact]
    public void The_generated_MagnificTaskStatus_carries_the_runtime_markers_with_wire_values_and_kinds()
    {
        typeof(MagnificTaskStatus).GetCustomAttribute<TaskStatusEnumAttribute>().Should().NotBeNull();

        var members = typeof(MagnificTaskStatus).GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => f.Name, f => f.GetCustomAttribute<TaskStatusMemberAttribute>()!);

        members.Should().HaveCount(5);
        members["Unknown"].Should().BeEquivalentTo(new { WireValue = (string?)null, Kind = TaskStatusKind.Unknown });
        members["Created"].Should().BeEquivalentTo(new { WireValue = "CREATED", Kind = TaskStatusKind.Pending });
        members["InProgress"].Should().BeEquivalentTo(new { WireValue = "IN_PROGRESS", Kind = TaskStatusKind.Pending });
        members["Completed"].Should().BeEquivalentTo(new { WireValue = "COMPLETED", Kind = TaskStatusKind.Succeeded });
        members["Failed"].Should().BeEquivalentTo(new { WireValue = "FAILED", Kind = TaskStatusKind.Failed });
    }

    [Fact]
    public void A_spec_example_keeps_its_fields_and_rejects_missing_ones()
    {
        var example = new SpecExample("get_task", 200, "application/json", "success", null, """{"a":1}""");

        example.Should().BeEquivalentTo(new { OperationId = "get_task", StatusCode = 200, MediaType = "application/json", Name = "success", Summary = (string?)null, Json = """{"a":1}""" });
        example.ToString().Should().Be("get_task 200 application/json 'success'");
        FluentActions.Invoking(() => new SpecExample("op", 200, "application/json", "n", null, null!)).Should().Throw<ArgumentNullException>();
    }
}
