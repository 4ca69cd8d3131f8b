using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Switches;

public class OptionTests
{
    private const string PlainDefault = """
        using System;
        using Seedance.Contracts;
        class C
        {
            int M(MagnificTaskStatus s)
            {
                {|#0:switch|} (s)
                {
                    case MagnificTaskStatus.Completed: return 1;
                    default: return 0;
                }
            }
        }
        """;

    private const string ThrowingDefault = """
        using System;
        using Seedance.Contracts;
        class C
        {
            int M(MagnificTaskStatus s) => s {|#0:switch|}
            {
                MagnificTaskStatus.Completed => 1,
                MagnificTaskStatus.Created or MagnificTaskStatus.InProgress => 0,
                _ => throw new InvalidOperationException(s.ToString()),
            };
        }
        """;

    [Fact]
    public async Task Default_counts_as_failure_handling_when_opted_in()
    {
        await VerifyAsync(PlainDefault, StatusLocation.Source, "build_property.SeedanceDefaultHandlesFailure = true");
    }

    [Fact]
    public async Task Default_does_not_count_when_option_is_false()
    {
        await VerifyAsync(PlainDefault, StatusLocation.Source, "build_property.SeedanceDefaultHandlesFailure = false",
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Throwing_default_counts_only_with_its_own_option()
    {
        await VerifyAsync(ThrowingDefault, StatusLocation.Source, "build_property.SeedanceThrowingDefaultHandlesFailure = true");
    }

    [Fact]
    public async Task Throwing_default_without_option_still_reports()
    {
        await VerifyAsync(ThrowingDefault, StatusLocation.Source, null,
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Throwing_default_option_does_not_excuse_a_default_that_returns()
    {
        await VerifyAsync(PlainDefault, StatusLocation.Source, "build_property.SeedanceThrowingDefaultHandlesFailure = true",
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Throwing_default_section_in_a_statement_counts_with_the_option()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s)
                {
                    switch (s)
                    {
                        case MagnificTaskStatus.Completed: return 1;
                        default: throw new InvalidOperationException();
                    }
                }
            }
            """;
        await VerifyAsync(source, StatusLocation.Source, "build_property.SeedanceThrowingDefaultHandlesFailure = true");
    }

    private const string AllButUnknown = """
        using Seedance.Contracts;
        class C
        {
            int M(MagnificTaskStatus s)
            {
                {|#0:switch|} (s)
                {
                    case MagnificTaskStatus.Created: return 0;
                    case MagnificTaskStatus.InProgress: return 0;
                    case MagnificTaskStatus.Completed: return 1;
                    case MagnificTaskStatus.Failed: return 2;
                }
                return 3;
            }
        }
        """;

    [Fact]
    public async Task Unknown_is_an_ordinary_member_for_SDC002_by_default()
    {
        await VerifyAsync(AllButUnknown, StatusLocation.Source, null,
            Diagnostic("SDC002").WithLocation(0).WithArguments("MagnificTaskStatus.Unknown"));
    }

    [Fact]
    public async Task Unknown_can_be_required_like_a_failure()
    {
        await VerifyAsync(AllButUnknown, StatusLocation.Source, "build_property.SeedanceUnknownStatus = failure",
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Unknown"));
    }

    [Fact]
    public async Task Unknown_can_be_ignored()
    {
        await VerifyAsync(AllButUnknown, StatusLocation.Source, "build_property.SeedanceUnknownStatus = ignore");
    }

    [Fact]
    public async Task Enum_named_in_SeedanceStatusEnums_is_checked_with_members_classified_by_name()
    {
        const string source = """
            namespace My.Jobs
            {
                public enum JobState { Queued, Running, Done, Error }
                class C
                {
                    int M(JobState s) => s {|#0:switch|} { JobState.Done => 1, _ => 0 };
                }
            }
            """;
        await VerifyAsync(source, StatusLocation.None, "build_property.SeedanceStatusEnums = My.Jobs.JobState",
            Diagnostic("SDC001").WithLocation(0).WithArguments("JobState.Error"));
    }

    [Fact]
    public async Task Flags_enum_named_in_options_is_never_flagged()
    {
        const string source = """
            namespace My.Jobs
            {
                [System.Flags]
                public enum JobState { None = 0, Done = 1, Failed = 2 }
                class C
                {
                    int M(JobState s) => s switch { JobState.Done => 1, _ => 0 };
                }
            }
            """;
        await VerifyAsync(source, StatusLocation.None, "build_property.SeedanceStatusEnums = My.Jobs.JobState");
    }
}
