using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Strings;

public class RawStringTests
{
    private static string InMethod(string body) => $$"""
        using System;
        using Seedance.Contracts;
        class C
        {
            bool M(string status, string command)
            {
        {{body}}
            }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Exact(string literal, string member) =>
        Diagnostic("SDC004").WithLocation(0).WithArguments("\"" + literal + "\"", "", "MagnificTaskStatus." + member);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Near(string literal, string wire, string member) =>
        Diagnostic("SDC004").WithLocation(0)
            .WithArguments("\"" + literal + "\"", " (not a wire value; did you mean \"" + wire + "\"?)", "MagnificTaskStatus." + member);

    [Fact]
    public async Task Equality_with_a_wire_value_reports_on_the_literal()
    {
        await VerifyAsync(InMethod("""        return status == {|#0:"COMPLETED"|};"""), Exact("COMPLETED", "Completed"));
    }

    [Fact]
    public async Task Inequality_with_literal_on_the_left_reports()
    {
        await VerifyAsync(InMethod("""        return {|#0:"FAILED"|} != status;"""), Exact("FAILED", "Failed"));
    }

    [Fact]
    public async Task Instance_equals_reports()
    {
        await VerifyAsync(InMethod("""        return status.Equals({|#0:"IN_PROGRESS"|});"""), Exact("IN_PROGRESS", "InProgress"));
    }

    [Fact]
    public async Task Static_string_equals_with_comparison_reports()
    {
        await VerifyAsync(InMethod("""        return string.Equals(status, {|#0:"CREATED"|}, StringComparison.OrdinalIgnoreCase);"""), Exact("CREATED", "Created"));
    }

    [Fact]
    public async Task Switch_statement_on_a_string_reports_each_wire_value()
    {
        await VerifyAsync(InMethod("""
                    switch (status)
                    {
                        case {|#0:"COMPLETED"|}: return true;
                        case {|#1:"FAILED"|}: return false;
                        case "whatever": return false;
                    }
                    return false;
            """),
            Exact("COMPLETED", "Completed"),
            Diagnostic("SDC004").WithLocation(1).WithArguments("\"FAILED\"", "", "MagnificTaskStatus.Failed"));
    }

    [Fact]
    public async Task Switch_expression_and_is_pattern_on_a_string_report()
    {
        await VerifyAsync(InMethod("""
                    var done = status switch { {|#0:"COMPLETED"|} => true, _ => false };
                    return done || status is {|#1:"FAILED"|} or "x";
            """),
            Exact("COMPLETED", "Completed"),
            Diagnostic("SDC004").WithLocation(1).WithArguments("\"FAILED\"", "", "MagnificTaskStatus.Failed"));
    }

    [Theory]
    [InlineData("COMPLETE", "COMPLETED", "Completed")]
    [InlineData("FAILURE", "FAILED", "Failed")]
    [InlineData("Failed", "FAILED", "Failed")]
    [InlineData("in_progress", "IN_PROGRESS", "InProgress")]
    public async Task Near_miss_reports_the_likely_intended_value(string literal, string wire, string member)
    {
        await VerifyAsync(InMethod($$"""        return status == {|#0:"{{literal}}"|};"""), Near(literal, wire, member));
    }

    [Fact]
    public async Task Fuzzy_near_miss_against_a_non_status_string_is_silent()
    {
        await VerifyAsync(InMethod("""        return command == "COMPLETE";"""));
    }

    [Fact]
    public async Task Unrelated_literals_are_silent()
    {
        await VerifyAsync(InMethod("""        return status == "hello" || status == "DONE!" || status.Length == 3;"""));
    }

    [Fact]
    public async Task Wire_values_come_from_a_referenced_assembly_too()
    {
        await VerifyAsync(InMethod("""        return status == {|#0:"COMPLETED"|};"""), StatusLocation.Metadata, null, Exact("COMPLETED", "Completed"));
    }

    [Theory]
    // A wire value never equals ToString(), which gives member names.
    [InlineData("status", "COMPLETED", " (always false: the enum's text is \"Completed\")", "Completed")]
    // A member name works today but breaks on a rename; the near-miss advice ("FAILED") would make it always false.
    [InlineData("maybe", "Failed", " (the enum's text is its member name; compare the enum itself)", "Failed")]
    [InlineData("detail?.Status", "COMPLETED", " (always false: the enum's text is \"Completed\")", "Completed")]
    public async Task Enum_ToString_is_matched_against_that_enum_s_member_names(string receiver, string literal, string hint, string member)
    {
        await VerifyAsync(
            EnumOperandCode.InMethod($"        return {receiver}.ToString() == {{|#0:\"{literal}\"|}};"),
            Diagnostic("SDC004").WithLocation(0).WithArguments("\"" + literal + "\"", hint, "MagnificTaskStatus." + member));
    }

    [Fact]
    public async Task Enum_ToString_against_an_unrelated_literal_is_silent()
    {
        await VerifyAsync(EnumOperandCode.InMethod("""        return status.ToString() == "Archived" || status.ToString() == "";"""));
    }

    [Fact]
    public async Task ToWireValue_against_a_wire_value_is_reported()
    {
        await VerifyAsync(
            EnumOperandCode.InMethod("""        return string.Equals(status.ToWireValue(), {|#0:"FAILED"|});"""),
            Exact("FAILED", "Failed"));
    }

    [Fact]
    public async Task Enum_GetName_and_a_name_format_are_the_enum_s_text_too()
    {
        await VerifyAsync(
            EnumOperandCode.InMethod("""        return Enum.GetName(status) == {|#0:"Completed"|} || status.ToString("G") == {|#1:"FAILED"|};"""),
            Diagnostic("SDC004").WithLocation(0).WithArguments(
                "\"Completed\"", " (the enum's text is its member name; compare the enum itself)", "MagnificTaskStatus.Completed"),
            Diagnostic("SDC004").WithLocation(1).WithArguments(
                "\"FAILED\"", " (always false: the enum's text is \"Failed\")", "MagnificTaskStatus.Failed"));
    }

    [Theory]
    [InlineData("UNCOMPLETED")]
    [InlineData("NOT_FAILED")]
    [InlineData("non-completed")]
    public async Task Negations_of_a_wire_value_are_not_near_misses(string literal)
    {
        await VerifyAsync(InMethod($"        return status == \"{literal}\";"));
    }
}
