using System.Net;
using System.Text.Json.Nodes;
using Seedance.Contracts.Pact.Builders;
using Seedance.Contracts.Pact.Matchers;
using Seedance.Contracts.Pact.Tests.Support;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>A matched consumer test writes a pact file holding the interaction, its states and its matching rules.</summary>
public sealed class PactFileWritingTests : IDisposable
{
    private readonly TempPactDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task A_matched_v4_interaction_is_written_with_states_headers_and_body_matching_rules()
    {
        var pact = PactBuilder.V4("writer-consumer", "writer-provider", dir.Path);
        pact.UponReceiving("a request for order 42")
            .Given("an order exists", new Dictionary<string, object?> { ["id"] = "42", ["count"] = 3 })
            .WithRequest(HttpMethod.Get, "/orders/42")
            .WithQuery("expand", "lines")
            .WithHeader("x-magnific-api-key", Match.Regex("abc", "^.+$"))
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                id = Match.Uuid(),
                status = "COMPLETED",
                total = Match.Decimal(1.5),
                lines = Match.EachLike(new { sku = Match.Type("A-1") }),
                note = Match.Include("ready"),
                at = Match.DateTime("2024-01-02T03:04:05+00:00"),
            });

        string? served = null;
        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            http.DefaultRequestHeaders.Add("x-magnific-api-key", "some-other-key");
            served = await http.GetStringAsync("/orders/42?expand=lines");
        });

        JsonNode.Parse(served!)!["id"]!.GetValue<string>().Should().Be(Match.DefaultUuidExample);
        var file = Path.Combine(dir.Path, "writer-consumer-writer-provider.json");
        File.Exists(file).Should().BeTrue();
        var root = JsonNode.Parse(File.ReadAllText(file))!;
        root["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>().Should().Be("4.0");
        var interaction = root["interactions"]!.AsArray().Should().ContainSingle().Subject!;
        interaction["description"]!.GetValue<string>().Should().Be("a request for order 42");

        var state = interaction["providerStates"]![0]!;
        state["name"]!.GetValue<string>().Should().Be("an order exists");
        state["params"]!["id"]!.GetValue<string>().Should().Be("42", "string parameters must stay strings");
        state["params"]!["count"]!.GetValue<int>().Should().Be(3);

        var request = interaction["request"]!;
        request["query"]!["expand"]![0]!.GetValue<string>().Should().Be("lines");
        request["matchingRules"]!["header"]!["x-magnific-api-key"]!["matchers"]![0]!["match"]!.GetValue<string>().Should().Be("regex");

        var rules = interaction["response"]!["matchingRules"]!["body"]!;
        rules["$.id"]!["matchers"]![0]!["regex"]!.GetValue<string>().Should().Be(Match.UuidPattern);
        rules["$.total"]!["matchers"]![0]!["match"]!.GetValue<string>().Should().Be("decimal");
        rules["$.lines"]!["matchers"]![0]!["min"]!.GetValue<int>().Should().Be(1);
        rules["$.lines[*].sku"]!["matchers"]![0]!["match"]!.GetValue<string>().Should().Be("type");
        rules["$.note"]!["matchers"]![0]!["match"]!.GetValue<string>().Should().Be("include");
        rules["$.at"]!["matchers"]![0]!["format"]!.GetValue<string>().Should().Be("yyyy-MM-dd'T'HH:mm:ssXXX");
        rules.AsObject().ContainsKey("$.status").Should().BeFalse("status is part of the contract and matched exactly");
    }

    [Fact]
    public async Task A_v3_builder_writes_a_3_0_0_pact_with_plain_header_values()
    {
        var pact = PactBuilder.V3("v3-consumer", "v3-provider", dir.Path);
        pact.UponReceiving("a ping")
            .WithRequest("get", "/ping")
            .WithHeader("Accept", "application/json")
            .WillRespond().WithStatus(204);

        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ping");
            request.Headers.Add("Accept", "application/json");
            (await http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        });

        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "v3-consumer-v3-provider.json")))!;
        root["metadata"]!["pactSpecification"]!["version"]!.GetValue<string>().Should().Be("3.0.0");
        root["interactions"]![0]!["request"]!["headers"]!["Accept"]!.GetValue<string>().Should().Be("application/json");
    }

    [Fact]
    public async Task String_state_parameters_in_the_pactnet_shape_stay_strings_even_when_they_look_numeric()
    {
        var pact = PactBuilder.V4("params-consumer", "params-provider", dir.Path);
        pact.UponReceiving("a ping").Given("a thing exists", new Dictionary<string, string> { ["count"] = "10" })
            .WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(200);
        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/ping");
        });

        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "params-consumer-params-provider.json")))!;
        root["interactions"]![0]!["providerStates"]![0]!["params"]!["count"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task A_pact_file_the_engine_cannot_merge_into_fails_with_an_engine_exception_naming_the_call()
    {
        File.WriteAllText(Path.Combine(dir.Path, "corrupt-consumer-corrupt-provider.json"), "this is not a pact");
        var pact = PactBuilder.V4("corrupt-consumer", "corrupt-provider", dir.Path);
        pact.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(200);

        var act = () => pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/ping");
        });

        var error = (await act.Should().ThrowAsync<PactEngineException>()).Which;
        error.Operation.Should().Be("pactffi_pact_handle_write_file");
        error.Message.Should().Contain($"could not be written to '{dir.Path}'");
    }

    [Fact]
    public async Task Two_interactions_with_the_same_request_are_refused_before_the_mock_server_starts()
    {
        var pact = PactBuilder.V4("dup-consumer", "dup-provider", dir.Path);
        pact.UponReceiving("a task that exists").Given("task exists")
            .WithRequest(HttpMethod.Get, "/tasks/1").WillRespond().WithStatus(200);
        pact.UponReceiving("a task that does not exist").Given("no task")
            .WithRequest(HttpMethod.Get, "/tasks/1").WillRespond().WithStatus(404);

        var act = () => pact.VerifyAsync(_ => Task.CompletedTask);

        await act.Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("*'a task that exists' and 'a task that does not exist' have the same request (GET /tasks/1)*");
        dir.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_builder_cannot_be_verified_twice()
    {
        var pact = PactBuilder.V4("once-consumer", "once-provider", dir.Path);
        pact.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(200);
        await pact.VerifyAsync(async uri =>
        {
            using var http = new HttpClient { BaseAddress = uri };
            await http.GetAsync("/ping");
        });

        var again = () => pact.VerifyAsync(_ => Task.CompletedTask);

        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already verified*");
    }

    [Fact]
    public async Task Interactions_of_separate_tests_merge_into_one_file()
    {
        foreach (var path in new[] { "/a", "/b" })
        {
            var pact = PactBuilder.V4("merge-consumer", "merge-provider", dir.Path);
            pact.UponReceiving($"a request for {path}").WithRequest(HttpMethod.Get, path).WillRespond().WithStatus(200);
            await pact.VerifyAsync(async uri =>
            {
                using var http = new HttpClient { BaseAddress = uri };
                await http.GetAsync(path);
            });
        }

        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "merge-consumer-merge-provider.json")))!;
        root["interactions"]!.AsArray().Select(i => i!["description"]!.GetValue<string>())
            .Should().Equal("a request for /a", "a request for /b");
    }
}
