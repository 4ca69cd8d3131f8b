using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Switches;

public class SwitchStatementTests
{
    private static string InMethod(string body, string parameters = "MagnificTaskStatus s") => $$"""
        using System;
        using Seedance.Contracts;
        class C
        {
            int M({{parameters}})
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public async Task Default_without_failed_case_reports_SDC001_on_switch_keyword()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        default: return 0;
                    }
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Every_member_named_without_default_reports_nothing()
    {
        var source = InMethod("""
                    switch (s)
                    {
                        case MagnificTaskStatus.Unknown: return -1;
                        case MagnificTaskStatus.Created:
                        case MagnificTaskStatus.InProgress: return 0;
                        case MagnificTaskStatus.Completed: return 1;
                        case MagnificTaskStatus.Failed: return 2;
                    }
                    return 3;
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Guarded_failed_case_does_not_count_as_handling()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        case MagnificTaskStatus.Failed when retry: return 2;
                        default: return 0;
                    }
            """, "MagnificTaskStatus s, bool retry");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Or_pattern_naming_failed_counts_as_handling()
    {
        var source = InMethod("""
                    switch (s)
                    {
                        case MagnificTaskStatus.Completed or MagnificTaskStatus.Failed: return 1;
                        default: return 0;
                    }
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Named_members_without_default_report_SDC002_listing_the_others_in_enum_order()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Failed: return 2;
                        case MagnificTaskStatus.Completed: return 1;
                    }
                    return 0;
            """);
        await VerifyAsync(source, Diagnostic("SDC002").WithLocation(0)
            .WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created, MagnificTaskStatus.InProgress"));
    }

    [Fact]
    public async Task Relational_pattern_covers_by_value_but_does_not_name_failed()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case < MagnificTaskStatus.Completed: return 0;
                        case >= MagnificTaskStatus.Completed: return 1;
                    }
                    return 3;
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Relational_pattern_leaves_uncovered_members_to_SDC002()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case > MagnificTaskStatus.Created and < MagnificTaskStatus.Failed: return 0;
                        case MagnificTaskStatus.Failed: return 2;
                    }
                    return 3;
            """);
        await VerifyAsync(source, Diagnostic("SDC002").WithLocation(0)
            .WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created"));
    }

    [Fact]
    public async Task Not_pattern_is_evaluated_by_value()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        case not MagnificTaskStatus.Completed: return 0;
                    }
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Nullable_status_is_analysed_and_null_case_is_not_a_member()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case null: return -1;
                        case MagnificTaskStatus.Completed: return 1;
                        default: return 0;
                    }
            """, "MagnificTaskStatus? s");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Cast_constant_with_failed_value_counts_as_naming_failed()
    {
        var source = InMethod("""
                    switch (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        case (MagnificTaskStatus)4: return 2;
                        default: return 0;
                    }
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Failed_case_that_only_goes_to_default_is_not_handling()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        case MagnificTaskStatus.Failed: goto default;
                        default: return 0;
                    }
            """);
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Failed_case_that_goes_to_another_case_is_an_explicit_decision()
    {
        var source = InMethod("""
                    switch (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        case MagnificTaskStatus.Failed: goto case MagnificTaskStatus.Unknown;
                        case MagnificTaskStatus.Unknown: return -1;
                        default: return 0;
                    }
            """);
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Status_enum_from_referenced_assembly_is_recognised()
    {
        var source = InMethod("""
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        default: return 0;
                    }
            """);
        await VerifyAsync(source, StatusLocation.Metadata, null,
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Switch_on_a_tuple_element_statement_is_analysed()
    {
        var source = InMethod("""
                    {|#0:switch|} (s, retry)
                    {
                        case (MagnificTaskStatus.Completed, _): return 1;
                        case (_, true): return 2;
                        default: return 0;
                    }
            """, "MagnificTaskStatus s, bool retry");
        await VerifyAsync(source, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed (at Item1)"));
    }

    [Fact]
    public async Task Nullable_status_with_every_member_named_reports_nothing()
    {
        var source = InMethod("""
                    switch (s)
                    {
                        case null: return -2;
                        case MagnificTaskStatus.Unknown: return -1;
                        case MagnificTaskStatus.Created or MagnificTaskStatus.InProgress: return 0;
                        case MagnificTaskStatus.Completed: return 1;
                        case MagnificTaskStatus.Failed: return 2;
                    }
                    return 3;
            """, "MagnificTaskStatus? s");
        await VerifyAsync(source);
    }
}
