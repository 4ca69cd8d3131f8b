using Microsoft.CodeAnalysis.CSharp;
using Seedance.Contracts.Analyzers.Model;
using Seedance.Contracts.Analyzers.Strings;
using Seedance.Contracts.Analyzers.Tests.Infrastructure;

namespace Seedance.Contracts.Analyzers.Tests.Strings;

public class WireValueMatcherTests
{
    private static readonly Lazy<StatusTypeCatalog> Catalog = new(() =>
    {
        var compilation = CSharpCompilation.Create(
            "Matcher",
            new[] { CSharpSyntaxTree.ParseText(StatusSources.All) },
            References.Net);
        return StatusTypeCatalog.Create(compilation, StatusAnalyzerOptions.Defaults)!;
    });

    [Theory]
    [InlineData("COMPLETED", "Completed", "Exact")]
    [InlineData("IN_PROGRESS", "InProgress", "Exact")]
    [InlineData("completed", "Completed", "SameLetters")]
    [InlineData("In-Progress", "InProgress", "SameLetters")]
    [InlineData("COMPLETE", "Completed", "Fuzzy")]
    [InlineData("FAILURE", "Failed", "Fuzzy")]
    [InlineData("CREATE", "Created", "Fuzzy")]
    public void Literal_maps_to_the_member_with_the_expected_closeness(string literal, string member, string closeness)
    {
        var match = Catalog.Value.MatchWireValue(literal);

        match.Should().NotBeNull();
        match!.Member.Name.Should().Be(member);
        match.Closeness.ToString().Should().Be(closeness);
    }

    [Theory]
    [InlineData("COMPUTE")]
    [InlineData("DELETED")]
    [InlineData("OK")]
    [InlineData("")]
    [InlineData("pending")]
    public void Unrelated_literal_has_no_match(string literal)
    {
        Catalog.Value.MatchWireValue(literal).Should().BeNull();
    }

    [Fact]
    public void Catalog_reads_kinds_and_wire_values_from_the_member_attributes()
    {
        var type = Catalog.Value.All.Should().ContainSingle().Subject;

        type.Members.Select(m => (m.Name, m.Kind, m.WireValue)).Should().Equal(
            ("Unknown", StatusKind.Unknown, (string?)null),
            ("Created", StatusKind.Pending, "CREATED"),
            ("InProgress", StatusKind.Pending, "IN_PROGRESS"),
            ("Completed", StatusKind.Succeeded, "COMPLETED"),
            ("Failed", StatusKind.Failed, "FAILED"));
    }

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("Done", "DONE")]
    [InlineData("TIMED_OUT", "TIMED_OUT")]
    public void Option_enum_members_get_upper_snake_wire_values(string name, string wire)
    {
        StatusNameClassifier.ToUpperSnake(name).Should().Be(wire);
    }
}
