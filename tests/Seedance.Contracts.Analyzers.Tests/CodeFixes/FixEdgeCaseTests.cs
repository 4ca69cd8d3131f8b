using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using Seedance.Contracts.CodeFixes;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.CodeFixes;

public class FixEdgeCaseTests
{
    [Fact]
    public async Task Other_members_are_appended_after_a_last_arm_without_trailing_comma()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s) => s {|#0:switch|}
                {
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed => 2
                };
            }
            """;
        const string fixedSource = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s) => s switch
                {
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed => 2,
                    MagnificTaskStatus.Unknown => throw new NotImplementedException("MagnificTaskStatus.Unknown is not handled"),
                    MagnificTaskStatus.Created => throw new NotImplementedException("MagnificTaskStatus.Created is not handled"),
                    MagnificTaskStatus.InProgress => throw new NotImplementedException("MagnificTaskStatus.InProgress is not handled")
                };
            }
            """;
        await CodeFixTest<AddMissingStatusArmsCodeFix>.VerifyAsync(source, fixedSource,
            Diagnostic("SDC002").WithLocation(0).WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created, MagnificTaskStatus.InProgress"));
    }

    [Fact]
    public async Task Failed_routed_with_goto_default_gets_no_fix_because_a_second_label_would_not_compile()
    {
        const string source = """
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s)
                {
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        case MagnificTaskStatus.Failed: goto default;
                        default: return 0;
                    }
                }
            }
            """;
        await CodeFixTest<AddMissingStatusArmsCodeFix>.VerifyAsync(source, source,
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Projection_diagnostics_get_no_fix()
    {
        const string source = """
            using Seedance.Contracts;
            class C
            {
                int M(TaskDetail d) => d {|#0:switch|} { { Status: MagnificTaskStatus.Completed } => 1, _ => 0 };
            }
            """;
        await CodeFixTest<AddMissingStatusArmsCodeFix>.VerifyAsync(source, source,
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed (at Status)"));
    }

    private const string JobStateConfig = "build_property.SeedanceStatusEnums = My.Jobs.JobState";

    [Fact]
    public async Task Option_listed_enum_gets_the_failure_arm_by_name()
    {
        const string source = """
            namespace My.Jobs
            {
                public enum JobState { Queued, Running, Done, Error }
                class C
                {
                    int M(JobState s) => s {|#0:switch|}
                    {
                        JobState.Done => 1,
                        _ => 0,
                    };
                }
            }
            """;
        const string fixedSource = """
            namespace My.Jobs
            {
                public enum JobState { Queued, Running, Done, Error }
                class C
                {
                    int M(JobState s) => s switch
                    {
                        JobState.Done => 1,
                        JobState.Error => throw new System.NotImplementedException("JobState.Error is not handled"),
                        _ => 0,
                    };
                }
            }
            """;
        await CodeFixTest<AddMissingStatusArmsCodeFix>.VerifyAsync(source, fixedSource, JobStateConfig,
            Diagnostic("SDC001").WithLocation(0).WithArguments("JobState.Error"));
    }

    [Fact]
    public async Task Polling_fix_uses_patterns_when_the_enum_has_no_helpers()
    {
        const string source = """
            namespace My.Jobs
            {
                public enum JobState { Queued, Running, Done, Error }
                class C
                {
                    JobState Fetch() => JobState.Queued;
                    void M()
                    {
                        var s = Fetch();
                        while ({|#0:s != JobState.Done|})
                        {
                            s = Fetch();
                        }
                    }
                }
            }
            """;
        const string fixedSource = """
            namespace My.Jobs
            {
                public enum JobState { Queued, Running, Done, Error }
                class C
                {
                    JobState Fetch() => JobState.Queued;
                    void M()
                    {
                        var s = Fetch();
                        while (s is not (JobState.Done or JobState.Error))
                        {
                            s = Fetch();
                        }

                        if (s == JobState.Error)
                        {
                            throw new System.InvalidOperationException($"The task ended with status {s}.");
                        }
                    }
                }
            }
            """;
        await CodeFixTest<PollingLoopCodeFix>.VerifyAsync(source, fixedSource, JobStateConfig,
            Diagnostic("SDC003").WithLocation(0).WithArguments("JobState.Done", "JobState.Error"));
    }

    [Fact]
    public async Task Failure_fix_then_other_fix_on_one_statement_switch_adds_each_member_once()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                void M(MagnificTaskStatus s)
                {
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed:
                            break;
                    }
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Seedance.Contracts;
            class C
            {
                void M(MagnificTaskStatus s)
                {
                    switch (s)
                    {
                        case MagnificTaskStatus.Completed:
                            break;
                        case MagnificTaskStatus.Failed:
                            throw new NotImplementedException("MagnificTaskStatus.Failed is not handled");
                        case MagnificTaskStatus.Unknown:
                            throw new NotImplementedException("MagnificTaskStatus.Unknown is not handled");
                        case MagnificTaskStatus.Created:
                            throw new NotImplementedException("MagnificTaskStatus.Created is not handled");
                        case MagnificTaskStatus.InProgress:
                            throw new NotImplementedException("MagnificTaskStatus.InProgress is not handled");
                    }
                }
            }
            """;
        var test = new StatusCodeFixTest<AddMissingStatusArmsCodeFix>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = References.None,
        };
        Configure(test.TestState, StatusLocation.Source, null);
        Configure(test.FixedState, StatusLocation.Source, null);
        test.ExpectedDiagnostics.Add(Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
        test.ExpectedDiagnostics.Add(Diagnostic("SDC002").WithLocation(0)
            .WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created, MagnificTaskStatus.InProgress"));
        await test.RunAsync();
    }
}
