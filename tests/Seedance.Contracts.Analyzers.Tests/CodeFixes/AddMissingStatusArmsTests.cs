using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using Seedance.Contracts.CodeFixes;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;
using Verify = Seedance.Contracts.Analyzers.Tests.Infrastructure.CodeFixTest<Seedance.Contracts.CodeFixes.AddMissingStatusArmsCodeFix>;

namespace Seedance.Contracts.Analyzers.Tests.CodeFixes;

public class AddMissingStatusArmsTests
{
    [Fact]
    public async Task Failed_case_is_inserted_before_default_with_a_throw_naming_it()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s)
                {
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Completed:
                            return 1;
                        default:
                            return 0;
                    }
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s)
                {
                    switch (s)
                    {
                        case MagnificTaskStatus.Completed:
                            return 1;
                        case MagnificTaskStatus.Failed:
                            throw new NotImplementedException("MagnificTaskStatus.Failed is not handled");
                        default:
                            return 0;
                    }
                }
            }
            """;
        await Verify.VerifyAsync(source, fixedSource, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Failed_arm_is_inserted_before_the_discard()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s) => s {|#0:switch|}
                {
                    MagnificTaskStatus.Completed => 1,
                    _ => 0,
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
                    MagnificTaskStatus.Failed => throw new NotImplementedException("MagnificTaskStatus.Failed is not handled"),
                    _ => 0,
                };
            }
            """;
        await Verify.VerifyAsync(source, fixedSource, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Other_members_are_appended_in_enum_order_and_qualified_without_using_System()
    {
        const string source = """
            using Seedance.Contracts;
            class C
            {
                void M(MagnificTaskStatus s)
                {
                    {|#0:switch|} (s)
                    {
                        case MagnificTaskStatus.Failed:
                            break;
                        case MagnificTaskStatus.Completed:
                            break;
                    }
                }
            }
            """;
        const string fixedSource = """
            using Seedance.Contracts;
            class C
            {
                void M(MagnificTaskStatus s)
                {
                    switch (s)
                    {
                        case MagnificTaskStatus.Failed:
                            break;
                        case MagnificTaskStatus.Completed:
                            break;
                        case MagnificTaskStatus.Unknown:
                            throw new System.NotImplementedException("MagnificTaskStatus.Unknown is not handled");
                        case MagnificTaskStatus.Created:
                            throw new System.NotImplementedException("MagnificTaskStatus.Created is not handled");
                        case MagnificTaskStatus.InProgress:
                            throw new System.NotImplementedException("MagnificTaskStatus.InProgress is not handled");
                    }
                }
            }
            """;
        await Verify.VerifyAsync(source, fixedSource,
            Diagnostic("SDC002").WithLocation(0).WithArguments("MagnificTaskStatus.Unknown, MagnificTaskStatus.Created, MagnificTaskStatus.InProgress"));
    }

    [Fact]
    public async Task Failed_arm_goes_before_a_range_arm_that_would_make_it_unreachable()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s) => s {|#0:switch|}
                {
                    MagnificTaskStatus.Completed => 1,
                    not MagnificTaskStatus.Completed => 0,
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
                    MagnificTaskStatus.Failed => throw new NotImplementedException("MagnificTaskStatus.Failed is not handled"),
                    not MagnificTaskStatus.Completed => 0,
                };
            }
            """;
        await Verify.VerifyAsync(source, fixedSource, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Fix_all_fixes_every_switch_in_the_document_including_nested_ones()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int A(MagnificTaskStatus s) => s {|#0:switch|}
                {
                    MagnificTaskStatus.Completed => 1,
                    _ => 0,
                };

                int B(MagnificTaskStatus s, MagnificTaskStatus t) => s {|#1:switch|}
                {
                    MagnificTaskStatus.Completed => t {|#2:switch|}
                    {
                        MagnificTaskStatus.Completed => 2,
                        _ => 1,
                    },
                    _ => 0,
                };
            }
            """;
        const string fixedSource = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int A(MagnificTaskStatus s) => s switch
                {
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed => throw new NotImplementedException("MagnificTaskStatus.Failed is not handled"),
                    _ => 0,
                };

                int B(MagnificTaskStatus s, MagnificTaskStatus t) => s switch
                {
                    MagnificTaskStatus.Completed => t switch
                    {
                        MagnificTaskStatus.Completed => 2,
                        MagnificTaskStatus.Failed => throw new NotImplementedException("MagnificTaskStatus.Failed is not handled"),
                        _ => 1,
                    },
                    MagnificTaskStatus.Failed => throw new NotImplementedException("MagnificTaskStatus.Failed is not handled"),
                    _ => 0,
                };
            }
            """;
        await Verify.VerifyAsync(source, fixedSource,
            Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"),
            Diagnostic("SDC001").WithLocation(1).WithArguments("MagnificTaskStatus.Failed"),
            Diagnostic("SDC001").WithLocation(2).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Nullable_status_gets_the_failed_case()
    {
        const string source = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus? s) => s {|#0:switch|}
                {
                    null => -1,
                    MagnificTaskStatus.Completed => 1,
                    _ => 0,
                };
            }
            """;
        const string fixedSource = """
            using System;
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus? s) => s switch
                {
                    null => -1,
                    MagnificTaskStatus.Completed => 1,
                    MagnificTaskStatus.Failed => throw new NotImplementedException("MagnificTaskStatus.Failed is not handled"),
                    _ => 0,
                };
            }
            """;
        await Verify.VerifyAsync(source, fixedSource, Diagnostic("SDC001").WithLocation(0).WithArguments("MagnificTaskStatus.Failed"));
    }
}
