using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;
using Verify = Seedance.Contracts.Analyzers.Tests.Infrastructure.CodeFixTest<Seedance.Contracts.CodeFixes.PollingLoopCodeFix>;

namespace Seedance.Contracts.Analyzers.Tests.CodeFixes;

public class PollingLoopFixTests
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

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sdc003(int location = 0) =>
        Diagnostic("SDC003").WithLocation(location).WithArguments("MagnificTaskStatus.Completed", "MagnificTaskStatus.Failed");

    [Fact]
    public async Task While_not_completed_becomes_wait_until_terminal_plus_failure_check()
    {
        var source = InMethod("""
                    while ({|#0:s != MagnificTaskStatus.Completed|})
                    {
                        s = Fetch();
                    }
            """);
        var fixedSource = InMethod("""
                    while (!s.IsTerminal())
                    {
                        s = Fetch();
                    }

                    if (s.IsFailure())
                    {
                        throw new InvalidOperationException($"The task ended with status {s}.");
                    }
            """);
        await Verify.VerifyAsync(source, fixedSource, Sdc003());
    }

    [Fact]
    public async Task Counter_bound_is_kept_and_only_the_status_test_is_rewritten()
    {
        var source = InMethod("""
                    do
                    {
                        task = FetchDetail();
                    }
                    while ({|#0:attempts++ < 10 && task.Status is not MagnificTaskStatus.Completed|});
            """);
        var fixedSource = InMethod("""
                    do
                    {
                        task = FetchDetail();
                    }
                    while (attempts++ < 10 && !task.Status.IsTerminal());
                    if (task.Status.IsFailure())
                    {
                        throw new InvalidOperationException($"The task ended with status {task.Status}.");
                    }
            """);
        await Verify.VerifyAsync(source, fixedSource, Sdc003());
    }

    [Fact]
    public async Task Fix_all_rewrites_every_loop_in_the_document()
    {
        var source = InMethod("""
                    while ({|#0:s != MagnificTaskStatus.Completed|})
                    {
                        s = Fetch();
                    }

                    while ({|#1:!task.Status.IsSuccess()|})
                    {
                        task = FetchDetail();
                    }
            """);
        var fixedSource = InMethod("""
                    while (!s.IsTerminal())
                    {
                        s = Fetch();
                    }

                    if (s.IsFailure())
                    {
                        throw new InvalidOperationException($"The task ended with status {s}.");
                    }

                    while (!task.Status.IsTerminal())
                    {
                        task = FetchDetail();
                    }

                    if (task.Status.IsFailure())
                    {
                        throw new InvalidOperationException($"The task ended with status {task.Status}.");
                    }
            """);
        await Verify.VerifyAsync(source, fixedSource, Sdc003(0), Sdc003(1));
    }

    [Fact]
    public async Task Loop_on_a_freshly_fetched_status_gets_no_fix()
    {
        var source = InMethod("""
                    while ({|#0:Fetch() != MagnificTaskStatus.Completed|})
                    {
                    }
            """);
        await Verify.VerifyAsync(source, source, Sdc003());
    }

    [Theory]
    // The status is declared by the loop itself: it is out of scope for a check after the loop.
    [InlineData("for (var t = Fetch(); {|#0:t != MagnificTaskStatus.Completed|}; t = Fetch()) { }")]
    [InlineData("while ({|#0:Fetch() is var t && t != MagnificTaskStatus.Completed|}) { }")]
    // The loop also stops on Unknown on purpose: waiting on IsTerminal() would drop that exit.
    [InlineData("while ({|#0:s is not MagnificTaskStatus.Completed and not MagnificTaskStatus.Unknown|}) { s = Fetch(); }")]
    public async Task Loops_the_rewrite_would_break_get_no_fix(string loop)
    {
        var source = InMethod("        " + loop);
        await Verify.VerifyAsync(source, source, Sdc003());
    }

    [Fact]
    public async Task Without_a_using_for_the_extensions_the_fix_calls_them_through_their_class()
    {
        const string source = """
            using System;
            class C
            {
                Seedance.Contracts.MagnificTaskStatus Fetch() => Seedance.Contracts.MagnificTaskStatus.Created;

                void M()
                {
                    var s = Fetch();
                    while ({|#0:s != Seedance.Contracts.MagnificTaskStatus.Completed|})
                    {
                        s = Fetch();
                    }
                }
            }
            """;
        const string fixedSource = """
            using System;
            class C
            {
                Seedance.Contracts.MagnificTaskStatus Fetch() => Seedance.Contracts.MagnificTaskStatus.Created;

                void M()
                {
                    var s = Fetch();
                    while (!Seedance.Contracts.MagnificTaskStatusExtensions.IsTerminal(s))
                    {
                        s = Fetch();
                    }

                    if (Seedance.Contracts.MagnificTaskStatusExtensions.IsFailure(s))
                    {
                        throw new InvalidOperationException($"The task ended with status {s}.");
                    }
                }
            }
            """;
        await Verify.VerifyAsync(source, fixedSource, Sdc003());
    }
}
