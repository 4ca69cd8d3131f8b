using Seedance.Contracts.Pact.Matchers;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>Matchers serialise to the engine's integration JSON, and mistakes are caught in C#.</summary>
public sealed class MatcherTests
{
    [Fact]
    public void Type_matcher_serialises_its_example_under_value()
    {
        Match.Type("Pending").ToIntegrationJsonString()
            .Should().Be("{\"pact:matcher:type\":\"type\",\"value\":\"Pending\"}");
    }

    [Fact]
    public void EachLike_wraps_the_template_in_a_one_element_array_with_min()
    {
        Match.EachLike(new { qty = Match.Integer(2) }, min: 2).ToIntegrationJsonString()
            .Should().Be("{\"pact:matcher:type\":\"type\",\"min\":2,\"value\":[{\"qty\":{\"pact:matcher:type\":\"integer\",\"value\":2}}]}");
    }

    [Fact]
    public void Regex_rejects_an_example_that_does_not_match_its_own_expression()
    {
        var act = () => Match.Regex("abc", "^[0-9]+$");

        act.Should().Throw<ArgumentException>().WithMessage("The example 'abc' does not match the regular expression '^[0-9]+$'.*");
    }

    [Fact]
    public void Uuid_rejects_an_example_that_is_not_a_uuid()
    {
        var act = () => Match.Uuid("not-a-uuid");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Unknown_matcher_names_are_rejected_with_the_list_of_known_ones()
    {
        var act = () => Match.Named("uuid-ish", "x");

        act.Should().Throw<ArgumentException>().WithMessage("Unknown Pact matcher 'uuid-ish'. Known matchers: *regex*type*");
    }

    [Fact]
    public void Known_matcher_names_are_accepted_with_their_attributes()
    {
        Match.Named("number", 3, new Dictionary<string, object?>()).ToIntegrationJsonString()
            .Should().Be("{\"pact:matcher:type\":\"number\",\"value\":3}");
        Match.Named("date", "2024-01-02", new Dictionary<string, object?> { ["format"] = "yyyy-MM-dd" }).ToIntegrationJsonString()
            .Should().Be("{\"pact:matcher:type\":\"date\",\"format\":\"yyyy-MM-dd\",\"value\":\"2024-01-02\"}");
    }

    [Fact]
    public void EachLike_refuses_a_minimum_below_one()
    {
        var act = () => Match.EachLike("x", min: 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
