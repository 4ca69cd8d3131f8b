namespace Seedance.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>
/// Source text shaped like the runtime's marker attributes and the generated MagnificTaskStatus, so the tests
/// do not depend on the runtime or generator being buildable at the same moment.
/// </summary>
internal static class StatusSources
{
    public const string Attributes = """
        namespace Seedance.Contracts
        {
            public enum TaskStatusKind { Pending = 0, Succeeded = 1, Failed = 2, Unknown = 3 }

            [System.AttributeUsage(System.AttributeTargets.Enum)]
            public sealed class TaskStatusEnumAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Field)]
            public sealed class TaskStatusMemberAttribute : System.Attribute
            {
                public TaskStatusMemberAttribute(string? wireValue, TaskStatusKind kind) { WireValue = wireValue; Kind = kind; }
                public string? WireValue { get; }
                public TaskStatusKind Kind { get; }
            }
        }
        """;

    public const string MagnificTaskStatus = """
        #nullable enable
        namespace Seedance.Contracts
        {
            [global::Seedance.Contracts.TaskStatusEnum]
            public enum MagnificTaskStatus
            {
                [global::Seedance.Contracts.TaskStatusMember(null, global::Seedance.Contracts.TaskStatusKind.Unknown)] Unknown = 0,
                [global::Seedance.Contracts.TaskStatusMember("CREATED", global::Seedance.Contracts.TaskStatusKind.Pending)] Created = 1,
                [global::Seedance.Contracts.TaskStatusMember("IN_PROGRESS", global::Seedance.Contracts.TaskStatusKind.Pending)] InProgress = 2,
                [global::Seedance.Contracts.TaskStatusMember("COMPLETED", global::Seedance.Contracts.TaskStatusKind.Succeeded)] Completed = 3,
                [global::Seedance.Contracts.TaskStatusMember("FAILED", global::Seedance.Contracts.TaskStatusKind.Failed)] Failed = 4,
            }

            public static partial class MagnificTaskStatusExtensions
            {
                public static bool IsTerminal(this MagnificTaskStatus s) => s is MagnificTaskStatus.Completed or MagnificTaskStatus.Failed;
                public static bool IsSuccess(this MagnificTaskStatus s) => s == MagnificTaskStatus.Completed;
                public static bool IsFailure(this MagnificTaskStatus s) => s == MagnificTaskStatus.Failed;
                public static string? ToWireValue(this MagnificTaskStatus s) => null;
                public static bool TryParse(string? value, out MagnificTaskStatus s) { s = MagnificTaskStatus.Unknown; return value != null; }
            }

            public sealed class TaskDetail
            {
                public string Id { get; set; } = "";
                public MagnificTaskStatus Status { get; set; }
                public TaskDetail? Data { get; set; }
            }
        }
        """;

    /// <summary>Attribute + enum + detail types together, as one file.</summary>
    public const string All = Attributes + "\n" + MagnificTaskStatus;
}
