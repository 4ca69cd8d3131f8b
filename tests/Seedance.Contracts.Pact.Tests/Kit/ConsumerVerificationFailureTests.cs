using System.Net;
using System.Text;
using Seedance.Contracts.Pact.Builders;
using Seedance.Contracts.Pact.Matchers;
using Seedance.Contracts.Pact.Tests.Support;
using Seedance.Contracts.Pact.Verification;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>The kit must fail a consumer test, naming the mismatch, whenever the consumer strays from the pact.</summary>
public sealed class ConsumerVerificationFailureTests : IDisposable
{
    private readonly TempPactDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task An_unexpected_request_fails_with_a_request_not_found_line_and_writes_no_file()
    {
        var pact = NewPact();
        pact.UponReceiving("a request for the ping endpoint")
            .WithRequest(HttpMethod.Get, "/ping")
            .WillRespond().WithStatus(200);

        var act = () => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            (await http.GetAsync("/ping")).StatusCode.Should().Be(HttpStatusCode.OK);
            await http.GetAsync("/not-in-the-pact");
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.Mismatches.Should().ContainSingle()
            .Which.Should().Be(new PactMismatch("request-not-found", "GET", "/not-in-the-pact",
                "unexpected request: no interaction in the pact matches it", null));
        failure.Message.Should().Contain("[request-not-found] GET /not-in-the-pact — unexpected request");
        dir.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_expected_request_fails_with_a_missing_request_line_and_writes_no_file()
    {
        var pact = NewPact();
        pact.UponReceiving("a request for the ping endpoint")
            .WithRequest(HttpMethod.Get, "/ping")
            .WillRespond().WithStatus(200);

        var act = () => pact.VerifyAsync(_ => Task.CompletedTask);

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.Mismatches.Should().ContainSingle().Which.Kind.Should().Be("missing-request");
        failure.Message.Should().Contain("[missing-request] GET /ping — expected request was never received");
        dir.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_request_body_mismatch_names_the_field_that_differs()
    {
        var pact = NewPact();
        pact.UponReceiving("a request to create a thing")
            .WithRequest(HttpMethod.Post, "/things")
            .WithJsonBody(new { name = "kite", count = Match.Integer(2) })
            .WillRespond().WithStatus(201);

        var act = () => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            using var body = new StringContent("{\"name\":\"kite\",\"count\":\"two\"}", Encoding.UTF8, "application/json");
            await http.PostAsync("/things", body);
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        var mismatch = failure.Mismatches.Should().ContainSingle().Which;
        mismatch.Kind.Should().Be("BodyMismatch");
        mismatch.Location.Should().Be("$.count");
        mismatch.Description.Should().Contain("integer");
        failure.Message.Should().Contain("[BodyMismatch] POST /things — ").And.Contain("(at $.count)");
        dir.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_request_header_names_the_header()
    {
        var pact = NewPact();
        pact.UponReceiving("a request with an api key")
            .WithRequest(HttpMethod.Get, "/secure")
            .WithHeader("x-magnific-api-key", Match.Regex("test-key", "^.+$"))
            .WillRespond().WithStatus(200);

        var act = () => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/secure");
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.Mismatches.Should().Contain(m => m.Kind == "HeaderMismatch" && m.Location == "x-magnific-api-key");
    }

    [Fact]
    public async Task An_exception_from_the_test_code_is_rethrown_when_the_pact_matched()
    {
        var pact = NewPact();
        pact.UponReceiving("a request for the ping endpoint")
            .WithRequest(HttpMethod.Get, "/ping")
            .WillRespond().WithStatus(200);

        var act = () => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/ping");
            throw new InvalidOperationException("assertion in the test failed");
        });

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("assertion in the test failed");
        dir.Files().Should().BeEmpty();
    }

    private PactBuilder NewPact() => PactBuilder.V4("kit-test-consumer", "kit-test-provider", dir.Path);
}
