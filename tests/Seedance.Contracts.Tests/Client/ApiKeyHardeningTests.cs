using Seedance.Contracts.Tests.Infrastructure;

namespace Seedance.Contracts.Tests.Client;

/// <summary>
/// Keys that cannot be sent as given are refused before anything goes on the wire, and a key the server echoes
/// JSON-escaped is scrubbed like a plain one.
/// </summary>
public sealed class ApiKeyHardeningTests : LoopbackTest
{
    public static TheoryData<string, string, string> UnsendableKeys => new()
    {
        { "SECRET-KEY-77\n", "SECRET-KEY-77", "line feed" },
        { "SECRET-KEY-77\r\n", "SECRET-KEY-77", "carriage return" },
        { "SECRET-KEY-42\r\nX-Evil: 1", "SECRET-KEY-42", "carriage return" },
        { "SECRET-KEY-42\nX-Evil: 1", "SECRET-KEY-42", "line feed" },
        { "SECRET\tKEY-13", "SECRET", "tab" },
        { "SECRET-KEY-55\0", "SECRET-KEY-55", "U+0000" },
        { "SECRET-KEY-56\u007F", "SECRET-KEY-56", "U+007F" },
        { " SECRET-KEY-88", "SECRET-KEY-88", "whitespace" },
        { "SECRET-KEY-88 ", "SECRET-KEY-88", "whitespace" },
        { "SECRET-KEY-89\u00A0", "SECRET-KEY-89", "whitespace" },
    };

    [Theory]
    [MemberData(nameof(UnsendableKeys))]
    public void A_key_with_control_characters_or_surrounding_whitespace_is_rejected_without_printing_it(string key, string secretPart, string problem)
    {
        var act = () => Client(Options(key));

        var error = act.Should().Throw<ArgumentException>().Which;
        error.Message.Should().Contain(problem).And.NotContain(secretPart);
        error.ToString().Should().NotContain(secretPart);
        error.ParamName.Should().Be("options");
    }

    [Theory]
    [MemberData(nameof(UnsendableKeys))]
    public void A_rejected_key_is_rejected_for_bearer_and_owned_clients_too(string key, string secretPart, string problem)
    {
        var options = Options(key);

        var act = () => new TestClient(new HttpClient(), options, SeedanceAuthScheme.Bearer, ownsHttpClient: true);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain(problem).And.NotContain(secretPart);
    }

    [Fact]
    public async Task A_key_with_CR_LF_never_reaches_the_wire_so_no_header_is_injected()
    {
        Server.Respond(200, """{"task_id":"t1","status":"COMPLETED"}""");

        var act = () => Client(Options("SECRET-KEY-42\r\nX-Evil: 1")).GetTaskAsync("t1");

        await act.Should().ThrowAsync<ArgumentException>();
        Server.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("sk-live_ABC.def~123")]
    [InlineData("k e y")] // inner spaces are legal in a header value and are sent as they are
    public async Task A_well_formed_key_is_accepted_and_sent_unchanged(string key)
    {
        Server.Respond(200, """{"task_id":"t1","status":"COMPLETED"}""");

        await Client(Options(key)).GetTaskAsync("t1");

        Server.Requests.Should().ContainSingle().Which.Headers[TestClient.HeaderName].Should().Be(key);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(500)]
    [InlineData(200)]
    public async Task A_key_echoed_with_JSON_unicode_escapes_is_scrubbed_from_message_ApiMessage_and_excerpt(int status)
    {
        const string key = "SECRET+KEY/abc=";
        // What System.Text.Json's default encoder writes for this key: '+' as \u002B, '/' kept.
        Server.Handler = (context, _) => LoopbackServer.WriteAsync(context, status,
            """{"message":"Invalid API key: SECRET\u002BKEY/abc="}""" + (status == 200 ? "<" : ""));

        var error = (await Client(Options(key)).Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceApiException>()).Which;

        error.BodyExcerpt.Should().NotContain(@"SECRET\u002BKEY/abc=").And.Contain("Invalid API key: ***");
        error.Message.Should().NotContain("SECRET").And.Contain("***");
        (error.ApiMessage ?? string.Empty).Should().NotContain("SECRET");
        error.ToString().Should().NotContain("SECRET");
    }

    [Theory]
    [InlineData(@"SECRET+KEY\/abc=")]
    [InlineData(@"SECRET\u002bKEY\u002Fabc\u003D")]
    [InlineData(@"\u0053ECRET+KEY/abc=")]
    [InlineData(@"SECRET\u002BKEY\/abc\u003d")]
    public async Task Every_JSON_escape_form_of_the_key_is_scrubbed_from_the_excerpt(string echoed)
    {
        const string key = "SECRET+KEY/abc=";
        Server.Respond(403, "{\"detail\":\"key " + echoed + " refused\",\"again\":\"" + echoed + "\"}");

        var error = (await Client(Options(key)).Invoking(c => c.GetTaskAsync("t1")).Should().ThrowAsync<SeedanceAuthenticationException>()).Which;

        error.BodyExcerpt.Should().Be("""{"detail":"key *** refused","again":"***"}""");
        error.ApiMessage.Should().Be("key *** refused");
        error.ToString().Should().NotContain("SECRET").And.NotContain("ECRET+KEY");
    }

    [Fact]
    public void The_scrubber_handles_backslashes_in_the_key_literal_and_escaped()
    {
        const string key = @"ab\cd/ef";

        ResponseBodyText.Scrub(@"raw ab\cd/ef and json ab\\cd\/ef and ab\u005Ccd/ef.", key)
            .Should().Be("raw *** and json *** and ***.");
    }

    [Fact]
    public void The_scrubber_leaves_text_alone_when_an_escape_decodes_to_a_different_character()
    {
        ResponseBodyText.Scrub(@"SECRET\u002CKEY and SECRET\u002", "SECRET+KEY").Should().Be(@"SECRET\u002CKEY and SECRET\u002");
    }
}
