using Seedance.Contracts.Tests.Infrastructure;

namespace Seedance.Contracts.Tests.Client;

public sealed class SecretRedactionTests : LoopbackTest
{
    [Fact]
    public void Options_ToString_redacts_the_key()
    {
        TestClientOptions options = Options();

        string text = options.ToString();

        text.Should().NotContain(ApiKey).And.Contain("ApiKey = (redacted)").And.Contain(Server.BaseAddress.ToString());
    }

    [Fact]
    public void Options_ToString_says_when_no_key_is_set() =>
        new TestClientOptions().ToString().Should().Contain("ApiKey = (not set)");

    [Theory]
    [InlineData(401)]
    [InlineData(500)]
    [InlineData(200)]
    public async Task A_server_that_echoes_the_key_never_gets_it_into_an_exception(int status)
    {
        // Some gateways echo request headers; the key must still not leak into errors or logs.
        Server.Handler = (context, _) => LoopbackServer.WriteAsync(context, status,
            $$"""{"message":"Invalid API key {{context.Request.Headers[TestClient.HeaderName]}}"}""" + (status == 200 ? "<" : ""));

        var error = (await Client().Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceApiException>()).Which;

        error.ToString().Should().NotContain(ApiKey);
        (error.ApiMessage ?? string.Empty).Should().NotContain(ApiKey);
        error.BodyExcerpt.Should().NotContain(ApiKey).And.Contain("***");
    }

    [Fact]
    public async Task The_missing_key_error_does_not_print_other_settings_secrets()
    {
        var options = new TestClientOptions { BaseAddress = Server.BaseAddress, UserAgent = "ua" };

        var error = (await Client(options).Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<InvalidOperationException>()).Which;

        error.Message.Should().Contain(nameof(TestClient));
    }

    [Fact]
    public void Auth_scheme_descriptions_name_the_header_only()
    {
        SeedanceAuthScheme.ApiKeyHeader("x-magnific-api-key").ToString().Should().Contain("x-magnific-api-key");
        SeedanceAuthScheme.ApiKeyHeader("x-magnific-api-key").HeaderName.Should().Be("x-magnific-api-key");
        SeedanceAuthScheme.Bearer.HeaderName.Should().Be("Authorization");
        SeedanceAuthScheme.None.RequiresApiKey.Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("x magnific")]
    [InlineData("x:key")]
    public void An_invalid_header_name_is_rejected(string name) =>
        FluentActions.Invoking(() => SeedanceAuthScheme.ApiKeyHeader(name)).Should().Throw<ArgumentException>();
}
