using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;
using Verify = Seedance.Contracts.Analyzers.Tests.Infrastructure.CodeFixTest<Seedance.Contracts.CodeFixes.RawStringStatusCodeFix>;

namespace Seedance.Contracts.Analyzers.Tests.CodeFixes;

public class RawStringFixTests
{
    private static string InMethod(string body) => $$"""
        using System;
        using Seedance.Contracts;
        class C
        {
            bool M(string status, string other)
            {
        {{body}}
            }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Exact(int location, string literal, string member) =>
        Diagnostic("SDC004").WithLocation(location).WithArguments("\"" + literal + "\"", "", "MagnificTaskStatus." + member);

    [Fact]
    public async Task Equality_becomes_try_parse_and_enum_comparison()
    {
        await Verify.VerifyAsync(
            InMethod("""        return status == {|#0:"COMPLETED"|};"""),
            InMethod("""        return MagnificTaskStatusExtensions.TryParse(status, out var parsedStatus) && parsedStatus == MagnificTaskStatus.Completed;"""),
            Exact(0, "COMPLETED", "Completed"));
    }

    [Fact]
    public async Task Inequality_is_negated()
    {
        await Verify.VerifyAsync(
            InMethod("""        return {|#0:"FAILED"|} != status;"""),
            InMethod("""        return !(MagnificTaskStatusExtensions.TryParse(status, out var parsedStatus) && parsedStatus == MagnificTaskStatus.Failed);"""),
            Exact(0, "FAILED", "Failed"));
    }

    [Fact]
    public async Task Near_miss_is_replaced_by_the_intended_member()
    {
        await Verify.VerifyAsync(
            InMethod("""        return status.Equals({|#0:"COMPLETE"|});"""),
            InMethod("""        return MagnificTaskStatusExtensions.TryParse(status, out var parsedStatus) && parsedStatus == MagnificTaskStatus.Completed;"""),
            Diagnostic("SDC004").WithLocation(0)
                .WithArguments("\"COMPLETE\"", " (not a wire value; did you mean \"COMPLETED\"?)", "MagnificTaskStatus.Completed"));
    }

    [Fact]
    public async Task Fix_all_picks_distinct_variable_names_in_one_method()
    {
        await Verify.VerifyAsync(
            InMethod("""        return status == {|#0:"COMPLETED"|} || other == {|#1:"FAILED"|};"""),
            InMethod("""        return MagnificTaskStatusExtensions.TryParse(status, out var parsedStatus) && parsedStatus == MagnificTaskStatus.Completed || MagnificTaskStatusExtensions.TryParse(other, out var parsedStatus2) && parsedStatus2 == MagnificTaskStatus.Failed;"""),
            Exact(0, "COMPLETED", "Completed"),
            Exact(1, "FAILED", "Failed"));
    }

    [Fact]
    public async Task Case_insensitive_comparison_gets_no_fix()
    {
        var source = InMethod("""        return string.Equals(status, {|#0:"CREATED"|}, StringComparison.OrdinalIgnoreCase);""");
        await Verify.VerifyAsync(source, source, Exact(0, "CREATED", "Created"));
    }

    [Fact]
    public async Task Enum_ToString_comparison_becomes_an_enum_comparison_not_a_parse()
    {
        await Verify.VerifyAsync(
            EnumOperandCode.InMethod("""        return status.ToString() == {|#0:"COMPLETED"|};"""),
            EnumOperandCode.InMethod("""        return status == MagnificTaskStatus.Completed;"""),
            Diagnostic("SDC004").WithLocation(0).WithArguments(
                "\"COMPLETED\"", " (always false: ToString() gives \"Completed\", not the wire value)", "MagnificTaskStatus.Completed"));
    }

    [Fact]
    public async Task Negated_ToWireValue_equals_becomes_a_negated_enum_comparison()
    {
        await Verify.VerifyAsync(
            EnumOperandCode.InMethod("""        return !status.ToWireValue().Equals({|#0:"FAILED"|}) && maybe.ToString() != {|#1:"Created"|};"""),
            EnumOperandCode.InMethod("""        return !(status == MagnificTaskStatus.Failed) && maybe != MagnificTaskStatus.Created;"""),
            Exact(0, "FAILED", "Failed"),
            Diagnostic("SDC004").WithLocation(1).WithArguments(
                "\"Created\"", " (the enum's ToString() gives member names; compare the enum itself)", "MagnificTaskStatus.Created"));
    }
}
