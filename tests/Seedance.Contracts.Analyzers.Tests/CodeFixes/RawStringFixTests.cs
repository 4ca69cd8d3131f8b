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
    public async Task Near_miss_gets_no_fix_because_the_intended_member_is_a_guess()
    {
        // "COMPLETE" probably means COMPLETED, but a fix that guesses could flip a comparison's meaning.
        var source = InMethod("""        return status.Equals({|#0:"COMPLETE"|});""");
        await Verify.VerifyAsync(
            source,
            source,
            Diagnostic("SDC004").WithLocation(0)
                .WithArguments("\"COMPLETE\"", " (not a wire value; did you mean \"COMPLETED\"?)", "MagnificTaskStatus.Completed"));
    }

    [Fact]
    public async Task Same_letters_in_another_case_are_fixed_to_that_member()
    {
        await Verify.VerifyAsync(
            InMethod("""        return status == {|#0:"Failed"|};"""),
            InMethod("""        return MagnificTaskStatusExtensions.TryParse(status, out var parsedStatus) && parsedStatus == MagnificTaskStatus.Failed;"""),
            Diagnostic("SDC004").WithLocation(0)
                .WithArguments("\"Failed\"", " (not a wire value; did you mean \"FAILED\"?)", "MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Comparison_inside_an_expression_tree_gets_no_fix_because_out_var_is_not_allowed_there()
    {
        var source = InMethod("""        System.Linq.Expressions.Expression<Func<string, bool>> e = x => x == {|#0:"COMPLETED"|}; return e != null;""");
        await Verify.VerifyAsync(source, source, Exact(0, "COMPLETED", "Completed"));
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
                "\"COMPLETED\"", " (always false: the enum's text is \"Completed\")", "MagnificTaskStatus.Completed"));
    }

    [Fact]
    public async Task Negated_ToWireValue_equals_becomes_a_negated_enum_comparison()
    {
        await Verify.VerifyAsync(
            EnumOperandCode.InMethod("""        return !status.ToWireValue().Equals({|#0:"FAILED"|}) && maybe.ToString() != {|#1:"Created"|};"""),
            EnumOperandCode.InMethod("""        return !(status == MagnificTaskStatus.Failed) && maybe != MagnificTaskStatus.Created;"""),
            Exact(0, "FAILED", "Failed"),
            Diagnostic("SDC004").WithLocation(1).WithArguments(
                "\"Created\"", " (the enum's text is its member name; compare the enum itself)", "MagnificTaskStatus.Created"));
    }

    [Fact]
    public async Task Conditional_access_and_Enum_GetName_become_enum_comparisons()
    {
        await Verify.VerifyAsync(
            EnumOperandCode.InMethod("""        return detail?.Status.ToString() == {|#0:"COMPLETED"|} || Enum.GetName(status) == {|#1:"Failed"|};"""),
            EnumOperandCode.InMethod("""        return detail?.Status == MagnificTaskStatus.Completed || status == MagnificTaskStatus.Failed;"""),
            Diagnostic("SDC004").WithLocation(0).WithArguments(
                "\"COMPLETED\"", " (always false: the enum's text is \"Completed\")", "MagnificTaskStatus.Completed"),
            Diagnostic("SDC004").WithLocation(1).WithArguments(
                "\"Failed\"", " (the enum's text is its member name; compare the enum itself)", "MagnificTaskStatus.Failed"));
    }
}
