using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Seedance.Contracts.Generators.Tests.Infrastructure;

namespace Seedance.Contracts.Generators.Tests;

/// <summary>
/// Generated XML docs: spec text is escaped exactly once, generator markup (see cref, c, paramref) is real
/// XML, and every cref resolves.
/// </summary>
public sealed class XmlDocTests
{
    // Spec text full of XML-special characters, in every place that reaches a doc comment.
    private const string MarkupSpec = """
        openapi: 3.0.3
        info:
          title: Tags API
          version: '1'
        paths:
          /items/{item-id}:
            get:
              operationId: get_item
              summary: Gets <one> item & its "tags"
              parameters:
                - in: path
                  name: item-id
                  required: true
                  description: The id, e.g. <uuid> & more
                  schema:
                    type: string
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/item'
        components:
          schemas:
            item:
              type: object
              description: An item; compare a < b && b > c.
              required: [state]
              properties:
                state:
                  type: string
                  description: State <em>em</em> is text here, not markup.
                  enum: [PENDING, DONE, FAILED, 'a<b&c']
                'weird<name>':
                  type: string
        """;

    private static readonly CSharpParseOptions Diagnose = GeneratorHarness.DefaultParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    private static readonly Lazy<GenerationResult> Seed = new(() => GeneratorHarness.RunWith(
        Diagnose,
        SpecFile.Fixture("seedance-2-mini-get-task.md"),
        SpecFile.Fixture("magnific-seedance-2-mini-family.openapi.yaml")));

    private static readonly Lazy<GenerationResult> Markup = new(() => GeneratorHarness.RunWith(Diagnose, new SpecFile("/specs/tags.yaml", MarkupSpec)));

    public static TheoryData<string> Cases => new() { "seed+family", "markup" };

    private static GenerationResult For(string name) => name == "markup" ? Markup.Value : Seed.Value;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_doc_comment_block_is_well_formed_xml_without_double_or_wrong_escaping(string name)
    {
        var blocks = DocBlocks(For(name)).ToList();
        blocks.Should().NotBeEmpty();
        foreach (var (file, line, xml) in blocks)
        {
            var parse = () => XDocument.Parse("<doc>" + xml + "</doc>");
            parse.Should().NotThrow($"the doc block at {file}:{line} must be XML:\n{xml}");
            xml.Should().NotContain("&amp;lt;", $"{file}:{line} is double-escaped").And.NotContain("&amp;gt;").And.NotContain("&amp;amp;");
            xml.Should().NotContain("&lt;see", $"{file}:{line} has an escaped, non-working see").And.NotContain("&lt;c&gt;").And.NotContain("&lt;paramref");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiling_with_documentation_diagnostics_reports_no_xml_or_cref_warning(string name)
    {
        var result = For(name);
        result.Compilation.SyntaxTrees.Should().OnlyContain(t => t.Options.DocumentationMode == DocumentationMode.Diagnose);
        result.CompileErrorsAndWarnings.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Spec_text_is_escaped_exactly_once_and_shows_as_the_original_text()
    {
        var result = Markup.Value;
        string models = result.Source("Models.g.cs");
        models.Should().Contain("/// An item; compare a &lt; b &amp;&amp; b &gt; c.");
        models.Should().Contain("/// State &lt;em&gt;em&lt;/em&gt; is text here, not markup.");
        models.Should().Contain("/// The <c>weird&lt;name&gt;</c> property.");

        // Through Roslyn's own reading of the comment, the reader sees the spec's characters back.
        var item = result.Compilation.GetTypeByMetadataName("Test.Api.Item")!;
        XElement.Parse(item.GetDocumentationCommentXml()!).Element("summary")!.Value.Trim().Should().Be("An item; compare a < b && b > c.");
        var getItem = result.Compilation.GetTypeByMetadataName("Test.Api.TagsClient")!.GetMembers("GetItemAsync").OfType<IMethodSymbol>().Single();
        var doc = XElement.Parse(getItem.GetDocumentationCommentXml()!);
        doc.Element("summary")!.Value.Trim().Should().Be("Gets <one> item & its \"tags\"");
        doc.Elements("param").Single(p => (string?)p.Attribute("name") == "itemId").Value.Should().Be("The id, e.g. <uuid> & more");

        string enums = result.Source("Enums.g.cs");
        enums.Should().Contain("/// Wire value <c>a&lt;b&amp;c</c> (pending).");
    }

    [Fact]
    public void Generator_markup_is_real_xml_with_resolving_crefs()
    {
        var result = Seed.Value;
        var options = result.Compilation.GetTypeByMetadataName("Test.Api.MagnificClientOptions")!;
        XElement.Parse(options.GetDocumentationCommentXml()!).Element("summary")!.Element("see")!.Attribute("cref")!.Value
            .Should().Be("T:Test.Api.MagnificClient");

        var wait = result.Compilation.GetTypeByMetadataName("Test.Api.MagnificClient")!.GetMembers("WaitForSeedance2MiniTaskCompletionAsync").OfType<IMethodSymbol>().Single();
        var crefs = XElement.Parse(wait.GetDocumentationCommentXml()!).Element("summary")!.Elements("see").Select(e => e.Attribute("cref")!.Value).ToList();
        crefs.Should().Equal(
            "M:Test.Api.MagnificClient.GetSeedance2MiniTaskAsync(System.String,System.Threading.CancellationToken)",
            "T:Seedance.Contracts.TaskFailedException`1",
            "T:Seedance.Contracts.TaskPollingTimeoutException",
            "P:Seedance.Contracts.SeedanceClientOptions.Polling");

        var extensions = result.Compilation.GetTypeByMetadataName("Test.Api.MagnificTaskStatusExtensions")!;
        XElement.Parse(extensions.GetDocumentationCommentXml()!).Element("summary")!.Element("see")!.Attribute("cref")!.Value
            .Should().Be("T:Test.Api.MagnificTaskStatus");
    }

    /// <summary>Consecutive <c>///</c> lines of every generated file, with the slashes removed.</summary>
    private static IEnumerable<(string File, int Line, string Xml)> DocBlocks(GenerationResult result)
    {
        foreach (var source in result.Run.Results.SelectMany(r => r.GeneratedSources))
        {
            var lines = source.SourceText.ToString().Split('\n');
            var block = new List<string>();
            int start = 0;
            for (int i = 0; i <= lines.Length; i++)
            {
                string trimmed = i < lines.Length ? lines[i].TrimStart() : string.Empty;
                if (trimmed.StartsWith("///", StringComparison.Ordinal))
                {
                    if (block.Count == 0)
                    {
                        start = i + 1;
                    }

                    block.Add(trimmed.Substring(3));
                }
                else if (block.Count > 0)
                {
                    yield return (source.HintName, start, string.Join("\n", block));
                    block.Clear();
                }
            }
        }
    }
}
