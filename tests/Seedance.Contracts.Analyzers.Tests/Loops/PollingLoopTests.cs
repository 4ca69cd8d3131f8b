using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Loops;

public class PollingLoopTests
{
    private static string InMethod(string body) => $$"""
        using System;
        using System.Threading;
        using Seedance.Contracts;
        class C
        {
            MagnificTaskStatus Fetch() => MagnificTaskStatus.Created;
            TaskDetail FetchDetail() => new TaskDetail();

            void M(CancellationToken token)
            {
                var s = Fetch();
                var task = FetchDetail();
                var attempts = 0;
        {{body}}
            }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sdc003() =>
        Diagnostic("SDC003").WithLocation(0).WithArguments("MagnificTaskStatus.Completed", "MagnificTaskStatus.Failed");

    [Fact]
    public async Task While_not_completed_reports_on_the_condition()
    {
        await VerifyAsync(InMethod("""
                    while ({|#0:s != MagnificTaskStatus.Completed|})
                    {
                        s = Fetch();
                    }
            """), Sdc003());
    }

    [Fact]
    public async Task Do_while_not_is_completed_reports()
    {
        await VerifyAsync(InMethod("""
                    do
                    {
                        s = Fetch();
                    }
                    while ({|#0:!(s is MagnificTaskStatus.Completed)|});
            """), Sdc003());
    }

    [Fact]
    public async Task Infinite_for_with_break_on_completed_reports_on_for_keyword()
    {
        await VerifyAsync(InMethod("""
                    {|#0:for|} (;;)
                    {
                        s = Fetch();
                        if (s == MagnificTaskStatus.Completed) break;
                    }
            """), Sdc003());
    }

    [Fact]
    public async Task While_true_with_return_in_completed_case_reports_on_the_condition()
    {
        await VerifyAsync(InMethod("""
                    while ({|#0:true|})
                    {
                        {|#1:switch|} (Fetch())
                        {
                            case MagnificTaskStatus.Completed: return;
                            case MagnificTaskStatus.InProgress: break;
                        }
                    }
            """),
            Sdc003(),
            Diagnostic("SDC001").WithLocation(1).WithArguments("MagnificTaskStatus.Failed"),
            Diagnostic("SDC002").WithLocation(1).WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created"));
    }

    [Fact]
    public async Task Loop_on_a_status_property_reports()
    {
        await VerifyAsync(InMethod("""
                    while ({|#0:task.Status is not MagnificTaskStatus.Completed|})
                    {
                        task = FetchDetail();
                    }
            """), Sdc003());
    }

    [Fact]
    public async Task Loop_bounded_by_counter_and_token_still_reports()
    {
        await VerifyAsync(InMethod("""
                    while ({|#0:attempts++ < 10 && !token.IsCancellationRequested && !s.IsSuccess()|})
                    {
                        s = Fetch();
                    }
            """), Sdc003());
    }

    [Fact]
    public async Task Failure_check_inside_the_loop_silences_the_rule()
    {
        await VerifyAsync(InMethod("""
                    while (s != MagnificTaskStatus.Completed)
                    {
                        s = Fetch();
                        if (s == MagnificTaskStatus.Failed) throw new InvalidOperationException("failed");
                    }
            """));
    }

    [Fact]
    public async Task Is_failure_call_inside_the_loop_silences_the_rule()
    {
        await VerifyAsync(InMethod("""
                    while (!s.IsSuccess())
                    {
                        s = Fetch();
                        if (s.IsFailure()) return;
                    }
            """));
    }

    [Fact]
    public async Task Waiting_on_not_terminal_is_clean()
    {
        await VerifyAsync(InMethod("""
                    while (!s.IsTerminal())
                    {
                        s = Fetch();
                    }
            """));
    }

    [Fact]
    public async Task Waiting_while_pending_exits_on_failure_too_and_is_clean()
    {
        await VerifyAsync(InMethod("""
                    while (s is MagnificTaskStatus.Created or MagnificTaskStatus.InProgress)
                    {
                        s = Fetch();
                    }
            """));
    }

    [Fact]
    public async Task Loop_without_status_exit_is_not_a_polling_loop()
    {
        await VerifyAsync(InMethod("""
                    for (var i = 0; i < 3; i++)
                    {
                        s = Fetch();
                    }
            """));
    }

    [Fact]
    public async Task Return_inside_a_lambda_in_the_loop_is_not_a_loop_exit()
    {
        await VerifyAsync(InMethod("""
                    while (attempts < 3)
                    {
                        Func<bool> done = () => { if (Fetch() == MagnificTaskStatus.Completed) return true; return false; };
                        attempts++;
                    }
            """));
    }

    [Fact]
    public async Task Status_enum_from_metadata_is_recognised_in_loops()
    {
        await VerifyAsync(InMethod("""
                    while ({|#0:s != MagnificTaskStatus.Completed|})
                    {
                        s = Fetch();
                    }
            """), StatusLocation.Metadata, null, Sdc003());
    }

    [Fact]
    public async Task Is_terminal_on_an_unrelated_type_does_not_count_as_a_failure_check()
    {
        const string source = """
            using Seedance.Contracts;
            class Job { public bool IsTerminal() => true; }
            class C
            {
                MagnificTaskStatus Fetch() => MagnificTaskStatus.Created;
                void M(Job job)
                {
                    var s = Fetch();
                    while ({|#0:s != MagnificTaskStatus.Completed|})
                    {
                        if (job.IsTerminal()) s = Fetch();
                    }
                }
            }
            """;
        await VerifyAsync(source, Sdc003());
    }

    [Fact]
    public async Task Relational_exit_that_includes_failed_is_clean()
    {
        await VerifyAsync(InMethod("""
                    while (s < MagnificTaskStatus.Completed)
                    {
                        s = Fetch();
                    }
            """));
    }

    [Fact]
    public async Task Cast_constant_of_failed_value_counts_as_a_failure_check()
    {
        await VerifyAsync(InMethod("""
                    while (s != MagnificTaskStatus.Completed)
                    {
                        s = Fetch();
                        if (s == (MagnificTaskStatus)4) return;
                    }
            """));
    }

    [Fact]
    public async Task Unknown_as_failure_option_names_unknown_in_the_message_and_accepts_it_as_a_check()
    {
        await VerifyAsync(InMethod("""
                    while (s != MagnificTaskStatus.Completed)
                    {
                        s = Fetch();
                        if (s == MagnificTaskStatus.Unknown) return;
                    }
            """), StatusLocation.Source, "build_property.SeedanceUnknownStatus = failure");
        await VerifyAsync(InMethod("""
                    while ({|#0:s != MagnificTaskStatus.Completed|})
                    {
                        s = Fetch();
                    }
            """), StatusLocation.Source, "build_property.SeedanceUnknownStatus = failure",
            Diagnostic("SDC003").WithLocation(0).WithArguments("MagnificTaskStatus.Completed", "MagnificTaskStatus.Unknown, MagnificTaskStatus.Failed"));
    }
}
