using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// Merges the specs of one (namespace, client) group into one API model: structurally identical
    /// schemas collapse, identical operations are generated once, differing ones are SDG008.
    /// </summary>
    internal static class ApiNormalizer
    {
        /// <summary>The group key of a spec: target namespace and client name.</summary>
        public static (string Namespace, string ClientName, string Prefix) GroupOf(SpecDocument doc)
        {
            string prefix = PrefixOf(doc);
            string ns = NonEmpty(doc.Options.Namespace) ?? NonEmpty(doc.Options.RootNamespace) ?? "Seedance.Generated";
            string client = NonEmpty(doc.Options.ClientName) ?? prefix + "Client";
            return (ns, client, prefix);
        }

        public static ApiModel Normalize(IReadOnlyList<SpecDocument> documents, CancellationToken cancellationToken)
        {
            var first = documents[0];
            var (ns, clientName, prefix) = GroupOf(first);
            var diagnostics = new List<DiagnosticInfo>();
            bool isPublic = string.Equals(NonEmpty(first.Options.Visibility) ?? "internal", "public", System.StringComparison.OrdinalIgnoreCase);
            if (NonEmpty(first.Options.Visibility) is { } visibility && visibility != "public" && visibility != "internal")
            {
                diagnostics.Add(new DiagnosticInfo("SDG010", new SpecLocation(first.FilePath, 0, 0, 0, 0, 0, 0), new[] { $"Visibility '{visibility}' is neither 'public' nor 'internal'; 'internal' is used" }.ToEquatableArray()));
            }

            string contextName = prefix + "JsonContext";
            var fixedNames = new[] { clientName, clientName + "Options", contextName, prefix + "Examples", prefix + "ServiceCollectionExtensions" };
            var names = new TypeNameRegistry(prefix, fixedNames, diagnostics);
            var types = new TypeMapper(names, diagnostics);
            var operations = new OperationBuilder(types, diagnostics, new[] { "Dispose", "SendAsync", "WaitForTaskAsync", "JsonContent", "FormContent", "Options", "WaitForCompletionAsync" });

            var contexts = documents.Select((d, i) => new DocumentContext(i, d)).ToList();
            foreach (var doc in contexts)
            {
                foreach (var schema in doc.Document.Schemas)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    types.MapComponent(doc, schema.Name);
                }
            }

            var built = new List<OperationModel>();
            var examples = new List<ExampleModel>();
            var seen = new Dictionary<string, (OperationNode Node, DocumentContext Doc, string Signature)>();
            var exampleKeys = new HashSet<string>();
            var accessorNames = new HashSet<string> { "All" };
            foreach (var doc in contexts)
            {
                var filter = OperationFilter(doc.Document.Options.Operations);
                foreach (var op in doc.Document.Operations)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string id = OperationBuilder.IdOf(op);
                    if (filter != null && !filter.Contains(id) && !filter.Contains(Naming.Pascal(id)))
                    {
                        continue;
                    }

                    string signature = Signature(op);
                    if (seen.TryGetValue(id, out var earlier))
                    {
                        if (earlier.Signature != signature)
                        {
                            diagnostics.Add(new DiagnosticInfo("SDG008", op.Location,
                                new[] { id, Describe(earlier.Node.Location), Describe(op.Location) }.ToEquatableArray(), earlier.Node.Location));
                        }

                        continue;
                    }

                    var model = operations.Build(doc, op);
                    seen[id] = (op, doc, signature);
                    if (model == null)
                    {
                        continue;
                    }

                    built.Add(model);
                    CollectExamples(doc, op, model, types, examples, exampleKeys, accessorNames, diagnostics);
                }
            }

            // After the operations: their inline enums count for NotStatusEnums too.
            foreach (var doc in contexts)
            {
                ReportStatusOptions(doc, diagnostics);
            }

            return new ApiModel(
                ns,
                isPublic,
                clientName,
                prefix,
                HintPrefix: Naming.Pascal(ns) + "." + clientName,
                ServerUrl: documents.Select(d => d.ServerUrl).FirstOrDefault(u => u != null),
                Security: documents.Select(d => d.Security).FirstOrDefault(s => s.Kind != "none") ?? new SecurityNode("none", null),
                types.Objects.ToEquatableArray(),
                types.Enums.ToEquatableArray(),
                types.Unions.ToEquatableArray(),
                built.ToEquatableArray(),
                examples.ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        /// <summary>SDG010 for status metadata that cannot mean what the user wrote.</summary>
        private static void ReportStatusOptions(DocumentContext doc, List<DiagnosticInfo> diagnostics)
        {
            var at = new SpecLocation(doc.Document.FilePath, 0, 0, 0, 0, 0, 0);
            foreach (string value in doc.Status.Conflicts())
            {
                diagnostics.Add(new DiagnosticInfo("SDG010", at, new[] { $"StatusSuccess and StatusFailure both list '{value}'; it is classified as success" }.ToEquatableArray()));
            }

            foreach (string name in doc.Status.NotStatusEnums.Where(n => !doc.MatchedNotStatusEnums.Contains(n)).OrderBy(n => n, System.StringComparer.Ordinal))
            {
                diagnostics.Add(new DiagnosticInfo("SDG010", at, new[] { $"NotStatusEnums names '{name}', which is no enum of this spec (use the generated enum name, e.g. 'MagnificTaskStatus', or the schema name)" }.ToEquatableArray()));
            }
        }

        private static void CollectExamples(DocumentContext doc, OperationNode op, OperationModel model, TypeMapper types, List<ExampleModel> into, HashSet<string> keys, HashSet<string> accessorNames, List<DiagnosticInfo> diagnostics)
        {
            string methodBase = model.MethodName.EndsWith("Async", System.StringComparison.Ordinal) ? model.MethodName.Substring(0, model.MethodName.Length - 5) : model.MethodName;
            var sources = new List<(int Status, string Label, MediaNode Media)>();
            if (op.RequestBody != null)
            {
                sources.AddRange(op.RequestBody.Content.Select(m => (0, "Request", m)));
            }

            foreach (var response in op.Responses)
            {
                if (int.TryParse(response.StatusCode, NumberStyles.None, CultureInfo.InvariantCulture, out int status))
                {
                    sources.AddRange(response.Content.Select(m => (status, status.ToString(CultureInfo.InvariantCulture), m)));
                }
            }

            foreach (var (status, label, media) in sources)
            {
                foreach (var example in media.Examples)
                {
                    if (!keys.Add(model.OperationId + "|" + status + "|" + media.MediaType + "|" + example.Name))
                    {
                        continue;
                    }

                    string? accessor = null;
                    CsType? type = null;
                    if (example.MisfitReason != null)
                    {
                        diagnostics.Add(new DiagnosticInfo("SDG007", example.Location,
                            new[] { example.Name, $"'{model.OperationId}' {(status == 0 ? "request" : label)} {media.MediaType}", example.MisfitReason }.ToEquatableArray()));
                    }
                    else if (OperationBuilder.IsJson(media.MediaType) && media.Schema != null)
                    {
                        type = types.Map(doc, media.Schema, methodBase + label + "Body");
                        string suffix = media.MediaType == "application/json" ? string.Empty : "_" + Naming.Pascal(media.MediaType.Replace("application/", string.Empty));
                        accessor = Naming.Unique(methodBase + "_" + label + "_" + Naming.Identifier(Naming.Pascal(example.Name), "Example", "Example") + suffix, accessorNames);
                    }

                    into.Add(new ExampleModel(model.OperationId, status, media.MediaType, example.Name, example.Summary, example.Json, accessor, type));
                }
            }
        }

        /// <summary>What makes two definitions of one operation the same: route, parameters and body/response shapes (docs and examples ignored).</summary>
        private static string Signature(OperationNode op)
        {
            var parts = new List<string> { op.Method, op.Path };
            parts.AddRange(op.Parameters.OrderBy(p => p.In + p.Name, System.StringComparer.Ordinal).Select(p => p.In + ":" + p.Name + ":" + p.Required + ":" + ShapeKey.Of(p.Schema)));
            if (op.RequestBody != null)
            {
                parts.Add("body:" + op.RequestBody.Required);
                parts.AddRange(op.RequestBody.Content.Select(m => m.MediaType + ":" + ShapeKey.Of(m.Schema)));
            }

            foreach (var r in op.Responses.OrderBy(r => r.StatusCode, System.StringComparer.Ordinal))
            {
                parts.AddRange(r.Content.Select(m => r.StatusCode + ":" + m.MediaType + ":" + ShapeKey.Of(m.Schema)));
            }

            return string.Join("\n", parts);
        }

        private static string Describe(SpecLocation? location) =>
            location == null ? "?" : System.IO.Path.GetFileName(location.FilePath) + ":" + (location.Line + 1).ToString(CultureInfo.InvariantCulture);

        private static HashSet<string>? OperationFilter(string? operations)
        {
            if (NonEmpty(operations) is not { } list)
            {
                return null;
            }

            return new HashSet<string>(list.Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
        }

        private static string PrefixOf(SpecDocument doc)
        {
            if (NonEmpty(doc.Options.Prefix) is { } prefix)
            {
                return Naming.Identifier(Naming.Pascal(prefix), "Api", "Api");
            }

            string? firstWord = doc.Title?.Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            string pascal = firstWord == null ? string.Empty : Naming.Pascal(firstWord);
            return Naming.Identifier(pascal, "Api", "Api");
        }

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
