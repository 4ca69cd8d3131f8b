#!/usr/bin/env python3
"""Writes a synthetic project of N files, each with switch statements, switch expressions and a polling loop
over a status enum that carries the Seedance marker attributes, for timing analyzers in a real build."""
import sys
from pathlib import Path

ATTRIBUTES = '''namespace Seedance.Contracts
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

namespace Synthetic
{
    using Seedance.Contracts;

    [TaskStatusEnum]
    public enum JobStatus
    {
        [TaskStatusMember(null, TaskStatusKind.Unknown)] Unknown = 0,
        [TaskStatusMember("CREATED", TaskStatusKind.Pending)] Created = 1,
        [TaskStatusMember("IN_PROGRESS", TaskStatusKind.Pending)] InProgress = 2,
        [TaskStatusMember("COMPLETED", TaskStatusKind.Succeeded)] Completed = 3,
        [TaskStatusMember("FAILED", TaskStatusKind.Failed)] Failed = 4,
    }

    public sealed class Job { public JobStatus Status { get; set; } }
}
'''

FILE = '''namespace Synthetic
{{
    public static class Worker{i}
    {{
        public static string Describe(JobStatus status)
        {{
            switch (status)
            {{
                case JobStatus.Created:
                case JobStatus.InProgress:
                    return "pending {i}";
                case JobStatus.Completed:
                    return "done {i}";
                default:
                    return "other {i}";
            }}
        }}

        public static int Score(JobStatus status) => status switch
        {{
            JobStatus.Completed => {i},
            JobStatus.Failed => -{i},
            JobStatus.Created or JobStatus.InProgress => 0,
            _ => 1,
        }};

        public static string Label(Job job) => job switch
        {{
            {{ Status: JobStatus.Completed }} => "ok",
            {{ Status: JobStatus.Failed }} => "failed",
            _ => "waiting",
        }};

        public static async System.Threading.Tasks.Task<JobStatus> Poll(System.Func<System.Threading.Tasks.Task<JobStatus>> fetch)
        {{
            var s = await fetch();
            while (s != JobStatus.Completed)
            {{
                await System.Threading.Tasks.Task.Delay(1);
                s = await fetch();
            }}
            return s;
        }}

        public static bool IsDone(string wire) => wire == "COMPLETED";
    }}
}}
'''

def main(out: str, count: int) -> None:
    root = Path(out)
    (root / "src").mkdir(parents=True, exist_ok=True)
    (root / "src" / "Status.cs").write_text(ATTRIBUTES)
    for i in range(count):
        (root / "src" / f"Worker{i}.cs").write_text(FILE.format(i=i))

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
