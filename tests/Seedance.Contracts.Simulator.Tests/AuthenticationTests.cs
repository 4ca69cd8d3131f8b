using Seedance.Contracts.Simulator.Tests.Support;

namespace Seedance.Contracts.Simulator.Tests;

public sealed class AuthenticationTests
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", Paths.List480p },
        { "GET", Paths.List720p },
        { "GET", Paths.ListAll },
        { "GET", Paths.ListAll + "/046b6c7f-0b8a-43b9-b35d-6489e6daee91" },
        { "POST", Paths.Create480p },
        { "POST", Paths.Create720p },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_without_key_gets_401_missing_api_key(string method, string path)
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.SendAsync(new HttpMethod(method), path, method == "POST" ? """{"prompt":"x"}""" : null, apiKey: "");

        response.StatusCode.Should().Be(401);
        response.MediaType.Should().Be("application/json");
        response.Body.Should().Be("""{"message":"Missing API key"}""");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_with_wrong_key_gets_401_invalid_api_key(string method, string path)
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.SendAsync(new HttpMethod(method), path, method == "POST" ? """{"prompt":"x"}""" : null, apiKey: "not-the-key");

        response.StatusCode.Should().Be(401);
        response.MediaType.Should().Be("application/json");
        response.Body.Should().Be("""{"message":"Invalid API key"}""");
    }

    [Fact]
    public async Task Key_check_cannot_be_bypassed_by_changing_the_path_case_that_routing_ignores()
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.GetAsync("/V1/AI/VIDEO/SEEDANCE-2-MINI", apiKey: "");

        response.StatusCode.Should().Be(401);
        response.Body.Should().Be("""{"message":"Missing API key"}""");
    }

    [Fact]
    public async Task Key_that_only_shares_a_prefix_with_the_valid_key_is_rejected()
    {
        await using var session = await SimulatorSession.StartAsync();

        var response = await session.GetAsync(Paths.ListAll, apiKey: session.Simulator.ApiKey + "x");

        response.StatusCode.Should().Be(401);
        response.Body.Should().Be("""{"message":"Invalid API key"}""");
    }

    [Fact]
    public async Task Configured_key_is_accepted_and_the_default_key_then_is_not()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { ApiKey = "custom-key-123" });

        session.Simulator.ApiKey.Should().Be("custom-key-123");
        (await session.GetAsync(Paths.ListAll, apiKey: "custom-key-123")).StatusCode.Should().Be(200);
        (await session.GetAsync(Paths.ListAll, apiKey: SeedanceSimulatorOptions.DefaultApiKey)).StatusCode.Should().Be(401);
    }

    [Fact]
    public async Task Request_log_records_whether_a_key_was_sent_but_never_the_key()
    {
        await using var session = await SimulatorSession.StartAsync(new SeedanceSimulatorOptions { ApiKey = "secret-sim-key-42" });

        await session.GetAsync(Paths.ListAll, apiKey: "secret-sim-key-42");
        await session.GetAsync(Paths.ListAll, apiKey: "");

        var log = session.Control.GetRequestLog();
        log.Select(r => r.ApiKeyPresent).Should().Equal(true, false);
        log.Select(r => r.StatusCode).Should().Equal(200, 401);
        log.Select(r => r.ToString()).Should().NotContain(s => s.Contains("secret-sim-key-42"));
        session.Simulator.ToString().Should().NotContain("secret-sim-key-42");
    }
}
