using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Seedance.Contracts.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>
    /// Entry point of the reader: spec text (.yaml/.yml/.json, or a Markdown page with a yaml fence)
    /// to a <see cref="SpecDocument"/>. Never throws for bad input: problems become diagnostics.
    /// </summary>
    internal static class SpecReader
    {
        public static SpecDocument Read(SpecInput input, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            try
            {
                return ReadCore(input, diagnostics, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                diagnostics.Add(new DiagnosticInfo("SDG009", new SpecLocation(input.FilePath, 0, 0, 0, 0, 0, 0), new[] { ex.GetType().Name + ": " + ex.Message }.ToEquatableArray()));
                return Invalid(input, diagnostics);
            }
        }

        private static SpecDocument ReadCore(SpecInput input, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            string text = input.Text;
            var map = new SpecTextMap(input.FilePath, 0, 0);
            bool isMarkdown = input.FilePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                || input.FilePath.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
                || input.FilePath.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
            if (isMarkdown)
            {
                var fences = MarkdownFenceExtractor.FindSpecFences(text);
                if (fences.Count == 0)
                {
                    diagnostics.Add(new DiagnosticInfo("SDG002", new SpecLocation(input.FilePath, 0, 0, 0, 0, 0, 0), new[] { "the Markdown page has no ```yaml, ```yml or ```json fence holding an OpenAPI document" }.ToEquatableArray()));
                    return Invalid(input, diagnostics);
                }

                // Prefer the fence that holds an OpenAPI root; otherwise the first one is reported on.
                var chosen = fences.FirstOrDefault(f => f.Content.Contains("openapi")) ?? fences[0];
                text = chosen.Content;
                map = new SpecTextMap(input.FilePath, chosen.ContentOffset, chosen.ContentLine);
            }

            YamlMappingNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
            }
            catch (YamlException ex)
            {
                diagnostics.Add(new DiagnosticInfo("SDG001", map.Locate(ex.Start, ex.End), new[] { CleanYamlMessage(ex) }.ToEquatableArray()));
                return Invalid(input, diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var rootLocation = map.Locate(new Mark(0, 1, 1), new Mark(0, 1, 1));
            if (root == null)
            {
                diagnostics.Add(new DiagnosticInfo("SDG002", rootLocation, new[] { "the document is not a YAML/JSON mapping" }.ToEquatableArray()));
                return Invalid(input, diagnostics);
            }

            var versionNode = root.Get("openapi") as YamlScalarNode;
            string? version = versionNode?.Value;
            if (version == null)
            {
                string why = root.Get("swagger") != null
                    ? "it is a Swagger 2.0 document; convert it to OpenAPI 3.0"
                    : "it has no 'openapi' version field";
                diagnostics.Add(new DiagnosticInfo("SDG002", map.Locate(root.Start, root.Start), new[] { why }.ToEquatableArray()));
                return Invalid(input, diagnostics);
            }

            if (!version.StartsWith("3.0", StringComparison.Ordinal))
            {
                diagnostics.Add(new DiagnosticInfo("SDG002", map.Locate(versionNode!.Start, versionNode.End), new[] { $"its 'openapi' version is '{version}', only 3.0.x is supported" }.ToEquatableArray()));
                return Invalid(input, diagnostics);
            }

            var components = root.GetMap("components");
            var refs = new ReferenceChecker(components, map, diagnostics);
            var schemaReader = new SchemaReader(map, refs);
            var schemas = new List<NamedSchema>();
            if (components?.GetMap("schemas") is { } schemaMap)
            {
                foreach (var entry in schemaMap.Entries())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    schemas.Add(new NamedSchema(entry.Key, schemaReader.Read(entry.Value)));
                }
            }

            var schemaLookup = new Dictionary<string, SchemaNode>();
            foreach (var s in schemas)
            {
                schemaLookup[s.Name] = s.Schema;
            }

            var operations = new OperationReader(map, refs, schemaReader, new ExampleConverter(schemaLookup), diagnostics)
                .ReadAll(root.GetMap("paths"), cancellationToken);

            var info = root.GetMap("info");
            string? server = root.GetSequence("servers")?.Children.OfType<YamlMappingNode>().Select(s => s.GetString("url")).FirstOrDefault(u => u != null);
            return new SpecDocument(
                input.FilePath,
                input.Options,
                info?.GetString("title"),
                server,
                ReadSecurity(root, components, map, diagnostics),
                schemas.ToEquatableArray(),
                operations.ToEquatableArray(),
                diagnostics.ToEquatableArray(),
                IsValid: true);
        }

        private static SecurityNode ReadSecurity(YamlMappingNode root, YamlMappingNode? components, SpecTextMap map, List<DiagnosticInfo> diagnostics)
        {
            var schemes = components?.GetMap("securitySchemes");
            if (schemes == null)
            {
                return new SecurityNode("none", null);
            }

            // The scheme the document's top-level `security` names first; otherwise the first declared.
            string? wanted = root.GetSequence("security")?.Children.OfType<YamlMappingNode>()
                .SelectMany(m => m.Entries()).Select(e => e.Key).FirstOrDefault();
            var chosen = schemes.Entries().FirstOrDefault(e => e.Key == wanted);
            if (chosen.Value == null)
            {
                chosen = schemes.Entries().FirstOrDefault();
            }

            if (chosen.Value is not YamlMappingNode scheme)
            {
                return new SecurityNode("none", null);
            }

            string? type = scheme.GetString("type");
            if (type == "apiKey" && scheme.GetString("in") == "header" && scheme.GetString("name") is { Length: > 0 } header)
            {
                return new SecurityNode("apiKeyHeader", header);
            }

            if (type == "http" && string.Equals(scheme.GetString("scheme"), "bearer", StringComparison.OrdinalIgnoreCase))
            {
                return new SecurityNode("bearer", null);
            }

            diagnostics.Add(new DiagnosticInfo("SDG005", map.Locate(scheme.Start, scheme.End), new[] { $"security scheme '{chosen.Key}' (type '{type}'): only apiKey in a header and http bearer are supported; requests are sent without credentials" }.ToEquatableArray()));
            return new SecurityNode("none", null);
        }

        private static string CleanYamlMessage(YamlException ex)
        {
            // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...)": the location is reported separately.
            string message = ex.Message;
            int dash = message.LastIndexOf("): ", StringComparison.Ordinal);
            return dash >= 0 ? message.Substring(dash + 3) : message;
        }

        private static SpecDocument Invalid(SpecInput input, List<DiagnosticInfo> diagnostics) =>
            new SpecDocument(input.FilePath, input.Options, null, null, new SecurityNode("none", null),
                EquatableArray<NamedSchema>.Empty, EquatableArray<OperationNode>.Empty, diagnostics.ToEquatableArray(), IsValid: false);
    }
}
