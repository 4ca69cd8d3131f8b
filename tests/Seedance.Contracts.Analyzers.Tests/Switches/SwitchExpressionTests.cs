using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Switches;

public class SwitchExpressionTests
{
    private static string Expression(string arms, string parameters = "MagnificTaskStatus s", string governing = "s") => $$"""
        using System;
        using Seedance.Contracts;
        class C
        {
            int M({{parameters}}) => {{governing}} {|#0:switch|}
            {
        {{arms}}
            };
        }
        """;

    [Fact]
    public async Task Discard_without_failed_arm_reports_SDC001_on_switch_keyword()
    {
        var source = Expression("""
                    MagnificTaskStatus.Completed => 1,
                    _ => 0,
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Var_pattern_is_a_catch_all_not_a_failure_arm()
    {
        var source = Expression("""
                    MagnificTaskStatus.Completed => 1,
                    var other => (int)other,
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Guarded_failed_arm_does_not_count()
    {
        var source = Expression("""
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed when retry => 2,
                    _ => 0,
            """, "MagnificTaskStatus s, bool retry");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Or_pattern_arm_naming_failed_counts()
    {
        var source = Expression("""
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed or MagnificTaskStatus.Unknown => 2,
                    _ => 0,
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Not_arm_makes_the_switch_complete_for_SDC002_but_does_not_name_failed()
    {
        var source = Expression("""
                    MagnificTaskStatus.Completed => 1,
                    not MagnificTaskStatus.Completed => 0,
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Parenthesized_and_pattern_naming_failed_counts()
    {
        var source = Expression("""
                    MagnificTaskStatus.Completed => 1,
                    (MagnificTaskStatus.Failed and not MagnificTaskStatus.Completed) => 2,
                    _ => 0,
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task All_members_named_needs_no_discard()
    {
        var source = Expression("""
                    MagnificTaskStatus.Unknown => -1,
                    MagnificTaskStatus.Created or MagnificTaskStatus.InProgress => 0,
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed => 2,
                    (MagnificTaskStatus)99 => 99,
                    _ => 98,
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Missing_members_without_discard_report_both_rules()
    {
        var source = """
            using Seedance.Contracts;
            class C
            {
            #pragma warning disable CS8509, CS8524
                int M(MagnificTaskStatus s) => s {|#0:switch|}
                {
                    MagnificTaskStatus.Completed => 1,
                };
            }
            """;
        await VerifyAsync(source,
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"),
            Diagnostic("SDC002").WithLocation(0).WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created, MagnificTaskStatus.InProgress"));
    }

    [Fact]
    public async Task Nullable_status_switch_expression_is_analysed()
    {
        var source = Expression("""
                    null => -1,
                    MagnificTaskStatus.Completed => 1,
                    _ => 0,
            """, "MagnificTaskStatus? s");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Tuple_element_that_is_a_status_is_analysed()
    {
        var source = Expression("""
                    (MagnificTaskStatus.Completed, _) => 1,
                    _ => 0,
            """, "MagnificTaskStatus s, int attempt", "(s, attempt)");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed (at Item1)"));
    }

    [Fact]
    public async Task Tuple_element_with_failed_named_is_clean()
    {
        var source = Expression("""
                    (MagnificTaskStatus.Completed, _) => 1,
                    (MagnificTaskStatus.Failed, > 3) => 2,
                    _ => 0,
            """, "MagnificTaskStatus s, int attempt", "(s, attempt)");
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Property_pattern_over_an_object_is_analysed()
    {
        var source = Expression("""
                    { Status: MagnificTaskStatus.Completed } => 1,
                    { Status: MagnificTaskStatus.InProgress } => 0,
                    _ => -1,
            """, "TaskDetail detail", "detail");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed (at Status)"));
    }

    [Fact]
    public async Task Extended_and_nested_property_patterns_share_one_path()
    {
        var source = Expression("""
                    { Data.Status: MagnificTaskStatus.Completed } => 1,
                    { Data: { Status: MagnificTaskStatus.Failed } } => 2,
                    _ => -1,
            """, "TaskDetail detail", "detail");
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Same_named_property_on_another_tested_type_does_not_handle_this_type_s_failure()
    {
        const string source = """
            using Seedance.Contracts;
            class Job { public MagnificTaskStatus Status { get; set; } }
            class C
            {
                int M(object o) => o {|#0:switch|}
                {
                    TaskDetail { Status: MagnificTaskStatus.Completed } => 1,
                    Job { Status: MagnificTaskStatus.Failed } => 2,
                    _ => 0,
                };
            }
            """;
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed (at Status)"));
    }

    [Fact]
    public async Task Property_pattern_with_guarded_failed_still_reports()
    {
        var source = Expression("""
                    { Status: MagnificTaskStatus.Completed } => 1,
                    { Status: MagnificTaskStatus.Failed } when detail.Id.Length > 0 => 2,
                    _ => -1,
            """, "TaskDetail detail", "detail");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed (at Status)"));
    }

    [Fact]
    public async Task Object_switch_that_never_names_a_status_is_not_analysed()
    {
        var source = """
            using Seedance.Contracts;
            class C
            {
                int M(TaskDetail detail) => detail switch
                {
                    { Id: "a" } => 1,
                    _ => 0,
                };
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Nullable_status_switch_expression_naming_failed_is_clean()
    {
        var source = Expression("""
                    null => -1,
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed => 2,
                    _ => 0,
            """, "MagnificTaskStatus? s");
        await VerifyAsync(source);
    }
}
