using Microsoft.CodeAnalysis.Testing;
using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Switches;

/// <summary>Code that does not compile must never crash the analyzer (the framework fails on AD0001).</summary>
public class BrokenCodeTests
{
    [Fact]
    public async Task Switch_with_an_unknown_member_does_not_crash_and_still_reports_the_missing_failure()
    {
        const string source = """
            using Seedance.Contracts;
            class C
            {
                int M(MagnificTaskStatus s) => s {|#1:switch|}
                {
                    MagnificTaskStatus.{|#0:Nope|} => 1,
                    _ => 0,
                };
            }
            """;
        await VerifyAsync(source,
            DiagnosticResult.CompilerError("CS0117").WithLocation(0).WithArguments("Seedance.Contracts.MagnificTaskStatus", "Nope"),
            Diagnostic("SDC001").WithLocation(1).WithArguments("MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Loop_and_comparison_over_undefined_names_do_not_crash()
    {
        const string source = """
            using Seedance.Contracts;
            class C
            {
                bool M(MagnificTaskStatus s)
                {
                    while (s != {|#0:Missing|}.Completed) { }
                    return {|#1:undefined|} == "COMPLETED";
                }
            }
            """;
        await VerifyAsync(source,
            DiagnosticResult.CompilerError("CS0103").WithLocation(0).WithArguments("Missing"),
            DiagnosticResult.CompilerError("CS0103").WithLocation(1).WithArguments("undefined"));
    }
}
