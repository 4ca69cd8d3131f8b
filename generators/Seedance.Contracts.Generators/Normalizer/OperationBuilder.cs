using System.Collections.Generic;
using System.Linq;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>Turns spec operations into client methods: names, parameters, body, response and wait helper.</summary>
    internal sealed class OperationBuilder
    {
        // The runtime sets these itself (JSON content type, auth, Accept): they never become method parameters.
        private static readonly HashSet<string> RuntimeHeaders = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "Content-Type", "Accept", "Authorization", "User-Agent",
        };

        private readonly TypeMapper _types;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly HashSet<string> _methodNames;

        public OperationBuilder(TypeMapper types, List<DiagnosticInfo> diagnostics, IEnumerable<string> reservedMemberNames)
        {
            _types = types;
            _diagnostics = diagnostics;
            _methodNames = new HashSet<string>(reservedMemberNames);
        }

        /// <summary>The name an operation is known by: its operationId, or one made from method and path.</summary>
        public static string IdOf(OperationNode op) => op.OperationId ?? NameFromRoute(op);

        /// <summary>"get /v1/ai/mystic/{task-id}" -> GetAiMysticByTaskId (version segments dropped).</summary>
        public static string NameFromRoute(OperationNode op)
        {
            var parts = new List<string> { Naming.Pascal(op.Method) };
            foreach (string segment in op.Path.Split('/'))
            {
                if (segment.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(segment, "^v[0-9]+$"))
                {
                    continue;
                }

                parts.Add(segment.StartsWith("{", System.StringComparison.Ordinal) ? "By" + Naming.Pascal(segment.Trim('{', '}')) : Naming.Pascal(segment));
            }

            return string.Concat(parts);
        }

        public OperationModel? Build(DocumentContext doc, OperationNode op)
        {
            string id = IdOf(op);
            string baseName = Naming.Identifier(Naming.Pascal(id), "Op", "Operation");
            string methodName = Naming.Unique(baseName + "Async", _methodNames);

            var response = SuccessResponse(op);
            if (response == null)
            {
                Unsupported(op.Location, $"operation '{id}' has no 2xx response with a JSON body; it is not generated");
                return null;
            }

            var responseType = _types.Map(doc, response.Value.Media.Schema!, baseName + "Response");

            RequestBodyModel? body = null;
            if (op.RequestBody is { } requestBody && requestBody.Content.Count > 0)
            {
                var json = requestBody.Content.FirstOrDefault(m => IsJson(m.MediaType) && m.Schema != null);
                var form = requestBody.Content.FirstOrDefault(m => m.MediaType == "application/x-www-form-urlencoded" && m.Schema != null);
                if (json != null)
                {
                    body = new RequestBodyModel(_types.Map(doc, json.Schema!, baseName + "Request"), false, requestBody.Required, requestBody.Description);
                }
                else if (form != null && _types.Map(doc, form.Schema!, baseName + "Request") is { Kind: CsTypeKind.Model } formType)
                {
                    body = new RequestBodyModel(formType, true, requestBody.Required, requestBody.Description);
                }
                else
                {
                    Unsupported(op.Location, $"operation '{id}' has a request body in {string.Join(", ", requestBody.Content.Select(m => m.MediaType))}; only application/json and application/x-www-form-urlencoded objects are supported, so it is not generated");
                    return null;
                }
            }

            var parameters = new List<OperationParameterModel>();
            var usedParameterNames = new HashSet<string> { "body", "cancellationToken", "progress", "query", "pathAndQuery", "headers" };
            foreach (var p in op.Parameters)
            {
                // The runtime owns these and the security scheme's key header: a spec parameter for them is not a method parameter.
                if (p.In == "header" && (RuntimeHeaders.Contains(p.Name) || string.Equals(p.Name, doc.Document.Security.HeaderName, System.StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                if (p.In != "path" && p.In != "query" && p.In != "header")
                {
                    Unsupported(p.Location, $"{p.In} parameter '{p.Name}' of operation '{id}' is not sent by the generated client");
                    continue;
                }

                var type = _types.Map(doc, p.Schema, baseName + Naming.Pascal(p.Name));
                if (p.In == "path" && type.Kind is CsTypeKind.List or CsTypeKind.Model or CsTypeKind.Dictionary)
                {
                    Unsupported(p.Location, $"path parameter '{p.Name}' of operation '{id}' is not a scalar; it is sent as a string");
                    type = CsType.Primitive("String");
                }

                // Headers carry scalars or a comma-separated list of scalars (OpenAPI style "simple").
                if (p.In == "header" && (type.Kind is CsTypeKind.Model or CsTypeKind.Dictionary || (type.Kind == CsTypeKind.List && type.Element!.Kind is CsTypeKind.List or CsTypeKind.Model or CsTypeKind.Dictionary)))
                {
                    Unsupported(p.Location, $"header parameter '{p.Name}' of operation '{id}' is an object; only scalar and array headers are sent, so it is not generated");
                    continue;
                }

                if (!p.Required)
                {
                    type = type.AsNullable();
                }

                string name = Naming.ParameterName(p.Name);
                name = usedParameterNames.Contains(name) ? Naming.Unique(name + "Value", usedParameterNames) : Naming.Unique(name, usedParameterNames);
                parameters.Add(new OperationParameterModel(p.Name, name, p.In, type, p.Required, p.Description ?? p.Schema.Description));
            }

            // Path parameters in path order first, then required query parameters, then optional ones.
            var ordered = parameters.Where(p => p.In == "path").OrderBy(p => op.Path.IndexOf("{" + p.WireName + "}", System.StringComparison.Ordinal))
                .Concat(parameters.Where(p => p.In != "path" && p.Required))
                .Concat(parameters.Where(p => p.In != "path" && !p.Required))
                .ToEquatableArray();

            string? docs = op.Summary ?? op.Description;
            if (op.Summary != null && op.Description != null && op.Description != op.Summary)
            {
                docs = op.Summary + "\n" + op.Description;
            }

            var wait = WaitModel(op, doc, responseType, ordered, baseName);
            return new OperationModel(id, methodName, op.Method, op.Path, docs, ordered, body, responseType, wait);
        }

        /// <summary>
        /// A task-status operation: GET with one path parameter (other parameters optional: the helper leaves
        /// them unset) whose 200 body holds a status enum directly or inside a <c>{data}</c> envelope.
        /// </summary>
        private TaskWaitModel? WaitModel(OperationNode op, DocumentContext doc, CsType responseType, EquatableArray<OperationParameterModel> parameters, string baseName)
        {
            var pathParameters = parameters.Where(p => p.In == "path").ToList();
            if (op.Method != "get" || pathParameters.Count != 1 || parameters.Any(p => p.In != "path" && p.Required) || responseType.Kind != CsTypeKind.Model
                || pathParameters[0].Type.Kind != CsTypeKind.Primitive || pathParameters[0].Type.Name != "String")
            {
                return null;
            }

            var body = _types.Objects.First(o => o.Name == responseType.Name);
            string? StatusOf(ObjectModel model) => model.Properties.FirstOrDefault(p => p.Required && p.Type.Kind == CsTypeKind.Enum && !p.Type.Nullable
                && _types.Enums.Any(e => e.Name == p.Type.Name && e.IsStatus))?.Name;

            string subject = baseName.StartsWith("Get", System.StringComparison.Ordinal) && baseName.Length > 3 ? baseName.Substring(3) : baseName;
            string waitName = Naming.Unique("WaitFor" + subject + "CompletionAsync", _methodNames);
            if (StatusOf(body) is { } direct)
            {
                return new TaskWaitModel(waitName, responseType, null, direct, EnumOf(body, direct), pathParameters[0].Name);
            }

            var data = body.Properties.FirstOrDefault(p => p.WireName == "data" && p.Required && p.Type.Kind == CsTypeKind.Model);
            if (data != null && _types.Objects.FirstOrDefault(o => o.Name == data.Type.Name) is { } detail && StatusOf(detail) is { } nested)
            {
                return new TaskWaitModel(waitName, data.Type.AsNonNullable(), data.Name, nested, EnumOf(detail, nested), pathParameters[0].Name);
            }

            _methodNames.Remove(waitName);
            return null;
        }

        private static string EnumOf(ObjectModel model, string property) => model.Properties.First(p => p.Name == property).Type.Name;

        private static (string Status, MediaNode Media)? SuccessResponse(OperationNode op)
        {
            foreach (var response in op.Responses.OrderBy(r => r.StatusCode, System.StringComparer.Ordinal))
            {
                if (response.StatusCode.Length == 3 && response.StatusCode[0] == '2')
                {
                    var media = response.Content.FirstOrDefault(m => IsJson(m.MediaType) && m.Schema != null);
                    if (media != null)
                    {
                        return (response.StatusCode, media);
                    }
                }
            }

            return null;
        }

        public static bool IsJson(string mediaType) =>
            mediaType == "application/json" || mediaType.EndsWith("+json", System.StringComparison.Ordinal) || mediaType.StartsWith("application/json;", System.StringComparison.Ordinal);

        private void Unsupported(SpecLocation? location, string what) =>
            _diagnostics.Add(new DiagnosticInfo("SDG005", location, new[] { what }.ToEquatableArray()));
    }
}
