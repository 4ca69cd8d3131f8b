namespace Seedance.Contracts.Tests.Client;

public sealed class SeedanceQueryTests
{
    [Fact]
    public void An_empty_query_is_an_empty_string() => new SeedanceQuery().ToString().Should().BeEmpty();

    [Fact]
    public void Names_and_values_are_escaped_and_joined()
    {
        var query = new SeedanceQuery();
        query.Add("q", "a b&c=d/é");
        query.Add("page[size]", 20);

        query.ToString().Should().Be("?q=a%20b%26c%3Dd%2F%C3%A9&page%5Bsize%5D=20");
    }

    [Fact]
    public void Null_values_are_skipped()
    {
        var query = new SeedanceQuery();
        query.Add("a", (string?)null);
        query.Add("b", (long?)null);
        query.Add("c", (bool?)null);
        query.Add("d", "1");

        query.ToString().Should().Be("?d=1");
    }

    [Fact]
    public void Typed_values_use_invariant_wire_forms()
    {
        var query = new SeedanceQuery();
        query.Add("flag", true);
        query.Add("off", false);
        query.Add("seed", 4294967295L);
        query.Add("ratio", 0.5);
        query.Add("id", Guid.Parse("a3f1c2d4-0000-4000-8000-000000000001"));
        query.Add("since", new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

        query.ToString().Should().Be(
            "?flag=true&off=false&seed=4294967295&ratio=0.5&id=a3f1c2d4-0000-4000-8000-000000000001&since=2026-12-03T10%3A00%3A00.0000000%2B00%3A00");
    }

    [Fact]
    public void A_list_repeats_the_name_for_each_value()
    {
        var query = new SeedanceQuery();
        query.Add("tag", new[] { "a", "b c" });

        query.ToString().Should().Be("?tag=a&tag=b%20c");
    }
}
