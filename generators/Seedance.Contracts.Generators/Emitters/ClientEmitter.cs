using System.Collections.Generic;
using System.Linq;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits the client options, the client (one async method per operation, plus WaitFor...CompletionAsync
    /// per task-status operation) and the DI extension, all on the hand-written runtime.
    /// </summary>
    internal static class ClientEmitter
    {
        private const string Tasks = "global::System.Threading.Tasks.Task";
        private const string Token = "global::System.Threading.CancellationToken";
        private const string HeaderList = "global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>";

        public static string Emit(ApiModel api)
        {
            var w = new SourceWriter();
            w.Open("namespace " + api.Namespace);
            EmitOptions(w, api);
            EmitClient(w, api);
            EmitServiceCollectionExtensions(w, api);
            w.Close();
            return SourceWriter.Header + w;
        }

        private static void EmitOptions(SourceWriter w, ApiModel api)
        {
            w.SummaryXml("Options of <see cref=\"" + api.ClientName + "\"/>; the base address defaults to the spec's first server.");
            w.Open(api.Accessibility + " partial class " + api.OptionsName + " : global::Seedance.Contracts.SeedanceClientOptions");
            w.Summary("The spec's first server" + (api.ServerUrl == null ? " (the spec lists none, so this is null and BaseAddress must be set)" : ": " + api.ServerUrl) + ".", string.Empty);
            w.Line("public static global::System.Uri" + (api.ServerUrl == null ? "?" : string.Empty) + " DefaultBaseAddress { get; } = " + (api.ServerUrl == null ? "null" : "new global::System.Uri(" + SourceWriter.Literal(api.ServerUrl) + ", global::System.UriKind.Absolute)") + ";");
            w.Line();
            w.Summary("Creates options with the default base address.", string.Empty);
            w.Open("public " + api.OptionsName + "()");
            w.Line("BaseAddress = DefaultBaseAddress;");
            w.Close();
            w.Close();
            w.Line();
        }

        private static void EmitClient(SourceWriter w, ApiModel api)
        {
            string ctx = "global::" + api.Namespace + "." + api.JsonContextName + ".Default";
            w.Summary("Typed client of the " + api.Prefix + " API, generated from its OpenAPI spec.", string.Empty);
            w.Open(api.Accessibility + " partial class " + api.ClientName + " : global::Seedance.Contracts.SeedanceClientBase");
            w.Line("private static readonly global::Seedance.Contracts.SeedanceAuthScheme s_auth = " + Auth(api.Security) + ";");
            w.Line();
            w.Summary("Creates a client over an HTTP client it does not own (for IHttpClientFactory).", string.Empty);
            w.Doc("<param name=\"httpClient\">The HTTP client.</param>");
            w.Doc("<param name=\"options\">The options.</param>");
            w.Line("public " + api.ClientName + "(global::System.Net.Http.HttpClient httpClient, " + api.OptionsName + " options) : base(httpClient, options, s_auth, false) { }");
            w.Line();
            w.Summary("Creates a client that owns its HTTP client (disposed with it).", string.Empty);
            w.Doc("<param name=\"options\">The options.</param>");
            w.Line("public " + api.ClientName + "(" + api.OptionsName + " options) : base(new global::System.Net.Http.HttpClient(), options, s_auth, true) { }");
            w.Line();

            foreach (var op in api.Operations)
            {
                EmitOperation(w, api, op, ctx);
            }

            var waits = api.Operations.Where(o => o.Wait != null).ToList();
            foreach (var op in waits)
            {
                EmitWait(w, api, op, op.Wait!.MethodName);
            }

            if (waits.Count == 1)
            {
                EmitWait(w, api, waits[0], "WaitForCompletionAsync");
            }

            foreach (var form in api.Operations.Where(o => o.Body?.IsForm == true).Select(o => o.Body!.Type.AsNonNullable()).Distinct())
            {
                EmitFormFields(w, api, form);
            }

            w.Close();
            w.Line();
        }

        /// <summary>
        /// The method's parameters in declaration order (without the cancellation token): path parameters,
        /// the body, required query/header parameters, then optional ones (nullable, defaulting to null).
        /// </summary>
        private static List<(CsType Type, string Name, bool Optional)> Signature(OperationModel op)
        {
            var parameters = op.Parameters.Where(p => p.Required).Select(p => (p.Type, p.Name, false)).ToList();
            if (op.Body != null)
            {
                parameters.Insert(op.Parameters.Count(p => p.In == "path"), (op.Body.Type.AsNonNullable(), "body", false));
            }

            parameters.AddRange(op.Parameters.Where(p => !p.Required).Select(p => (p.Type, p.Name, true)));
            return parameters;
        }

        private static void EmitOperation(SourceWriter w, ApiModel api, OperationModel op, string ctx)
        {
            string response = CsTypes.Write(op.ResponseType, api.Namespace);
            var parameters = Signature(op).Select(p => CsTypes.Write(p.Type, api.Namespace) + " " + p.Name + (p.Optional ? " = null" : string.Empty)).ToList();
            parameters.Add(Token + " cancellationToken = default");

            w.Summary(op.Documentation, SourceWriter.Escape(op.HttpMethod.ToUpperInvariant() + " " + op.Path));
            w.Doc("<remarks><c>" + op.HttpMethod.ToUpperInvariant() + " " + SourceWriter.Escape(op.Path) + "</c> (operation <c>" + SourceWriter.Escape(op.OperationId) + "</c>).</remarks>");
            foreach (var p in op.Parameters)
            {
                w.Doc("<param name=\"" + p.Name.TrimStart('@') + "\">" + SourceWriter.Escape((p.Documentation ?? "The " + p.WireName + " " + p.In + " parameter.").Replace('\n', ' ')) + "</param>");
            }

            if (op.Body != null)
            {
                w.Doc("<param name=\"body\">" + SourceWriter.Escape((op.Body.Documentation ?? "The request body.").Replace('\n', ' ')) + "</param>");
            }

            w.Doc("<param name=\"cancellationToken\">Cancels the request.</param>");
            w.Doc("<returns>The documented success body.</returns>");
            w.Open("public " + Tasks + "<" + response + "> " + op.MethodName + "(" + string.Join(", ", parameters) + ")");
            foreach (var p in op.Parameters.Where(p => p.Required && !CsTypes.IsValueType(p.Type)))
            {
                w.Line("if (" + p.Name + " is null) throw new global::System.ArgumentNullException(nameof(" + p.Name + "));");
                if (p.In == "path" && IsString(p.Type))
                {
                    // An empty segment changes the route ("/tasks/" lists tasks instead of reading one).
                    EmitBlankPathCheck(w, p.Name, p.WireName);
                }
            }

            // A value-type body (JsonElement for "{}" or an unresolved $ref, int, an enum) cannot be null:
            // comparing it with null does not compile (CS0037).
            if (op.Body != null && !CsTypes.IsValueType(op.Body.Type.AsNonNullable()))
            {
                w.Line("if (body is null) throw new global::System.ArgumentNullException(nameof(body));");
            }

            w.Line("string pathAndQuery = " + PathExpression(op) + ";");
            var query = op.Parameters.Where(p => p.In == "query").ToList();
            if (query.Count > 0)
            {
                w.Line("var query = new global::Seedance.Contracts.SeedanceQuery();");
                foreach (var p in query)
                {
                    w.Line("query.Add(" + SourceWriter.Literal(p.WireName) + ", " + QueryValue(p, api.Namespace) + ");");
                }

                w.Line("pathAndQuery += query.ToString();");
            }

            var headers = op.Parameters.Where(p => p.In == "header").ToList();
            if (headers.Count > 0)
            {
                // Only allocated when a header is actually sent; the runtime takes null as "no headers".
                w.Line(HeaderList + "? headers = null;");
                foreach (var p in headers)
                {
                    EmitHeader(w, p, headers.Count);
                }
            }

            string content = "null";
            if (op.Body != null)
            {
                string bodyInfo = ctx + "." + CsTypes.InfoName(op.Body.Type.AsNonNullable());
                content = op.Body.IsForm ? "FormContent(" + FormFields(api, op.Body.Type) + ")" : "JsonContent(body, " + bodyInfo + ")";
            }

            w.Line("return SendAsync(" + HttpMethod(op.HttpMethod) + ", pathAndQuery, " + content + (headers.Count > 0 ? ", headers" : string.Empty) + ", " + ctx + "." + CsTypes.InfoName(op.ResponseType) + ", " + SourceWriter.Literal(op.OperationId) + ", cancellationToken);");
            w.Close();
            w.Line();

        }

        private static void EmitHeader(SourceWriter w, OperationParameterModel p, int count)
        {
            bool nullable = p.Type.Nullable || !CsTypes.IsValueType(p.Type);
            string value;
            if (p.Type.Kind == CsTypeKind.List)
            {
                // Style "simple": the items joined with commas.
                value = "string.Join(\",\", global::System.Linq.Enumerable.Select(" + p.Name + ", v => " + Text("v", p.Type.Element!.AsNonNullable()) + "))";
            }
            else
            {
                value = Text(p.Name + (p.Type.Nullable && CsTypes.IsValueType(p.Type) ? ".Value" : string.Empty), p.Type.AsNonNullable());
            }

            string add = "(headers ??= new " + HeaderList + "(" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")).Add(new global::System.Collections.Generic.KeyValuePair<string, string>(" + SourceWriter.Literal(p.WireName) + ", " + value + "));";
            w.Line((nullable ? "if (" + p.Name + " is not null) " : string.Empty) + add);
        }

        private static void EmitWait(SourceWriter w, ApiModel api, OperationModel op, string name)
        {
            var wait = op.Wait!;
            string detail = CsTypes.Write(wait.DetailType, api.Namespace);
            string fetch = wait.EnvelopeProperty == null
                ? "ct => " + op.MethodName + "(" + wait.TaskIdParameter + ", cancellationToken: ct)"
                : "async ct => (await " + op.MethodName + "(" + wait.TaskIdParameter + ", cancellationToken: ct).ConfigureAwait(false))." + wait.EnvelopeProperty;
            string statusEnum = "global::" + api.Namespace + "." + wait.StatusEnum + "Extensions";
            string cref = op.MethodName + "(" + string.Join(", ", Signature(op).Select(p => CsTypes.Cref(p.Type, api.Namespace)).Concat(new[] { Token })) + ")";
            w.SummaryXml("Polls <see cref=\"" + cref + "\"/> until the task ends: returns the succeeded detail, throws <see cref=\"global::Seedance.Contracts.TaskFailedException{TDetail}\"/> (with the "
                + wait.DetailType.Name + " detail) when it fails and <see cref=\"global::Seedance.Contracts.TaskPollingTimeoutException\"/> when it does not end in time (<see cref=\"global::Seedance.Contracts.SeedanceClientOptions.Polling\"/>).");
            w.Doc("<param name=\"" + wait.TaskIdParameter.TrimStart('@') + "\">The task id.</param>");
            w.Doc("<param name=\"progress\">Receives every observed detail.</param>");
            w.Doc("<param name=\"cancellationToken\">Stops the polling.</param>");
            w.Doc("<returns>The detail of the completed task.</returns>");
            w.Open("public " + Tasks + "<" + detail + "> " + name + "(string " + wait.TaskIdParameter + ", global::System.IProgress<" + detail + ">? progress = null, " + Token + " cancellationToken = default)");
            w.Line("if (" + wait.TaskIdParameter + " is null) throw new global::System.ArgumentNullException(nameof(" + wait.TaskIdParameter + "));");
            EmitBlankPathCheck(w, wait.TaskIdParameter, op.Parameters.FirstOrDefault(p => p.Name == wait.TaskIdParameter)?.WireName ?? wait.TaskIdParameter.TrimStart('@'));
            w.Line("return WaitForTaskAsync<" + detail + ">(");
            w.Line("    " + fetch + ",");
            w.Line("    detail => " + statusEnum + ".GetKind(detail." + wait.StatusProperty + "),");
            w.Line("    detail => " + statusEnum + ".ToWireValue(detail." + wait.StatusProperty + ") ?? \"an unlisted status\",");
            w.Line("    " + wait.TaskIdParameter + ", progress, cancellationToken);");
            w.Close();
            w.Line();
        }

        private static bool IsString(CsType type) => type.Kind == CsTypeKind.Primitive && type.Name == "String";

        private static void EmitBlankPathCheck(SourceWriter w, string name, string wireName)
        {
            string message = SourceWriter.Literal("The path parameter '" + wireName + "' must not be empty or whitespace.");
            w.Line("if (string.IsNullOrWhiteSpace(" + name + ")) throw new global::System.ArgumentException(" + message + ", nameof(" + name + "));");
        }

        private static void EmitServiceCollectionExtensions(SourceWriter w, ApiModel api)
        {
            w.SummaryXml("Registers <see cref=\"" + api.ClientName + "\"/> on IHttpClientFactory.");
            w.Open(api.Accessibility + " static partial class " + api.Prefix + "ServiceCollectionExtensions");
            w.Summary("Adds a typed " + api.ClientName + " (with the runtime's retry policy for idempotent requests).", string.Empty);
            w.Doc("<param name=\"services\">The service collection.</param>");
            w.Doc("<param name=\"configure\">Configures the options (API key, base address, polling).</param>");
            w.Doc("<returns>The HTTP client builder, for further configuration.</returns>");
            w.Open("public static global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder Add" + api.ClientName + "(this global::Microsoft.Extensions.DependencyInjection.IServiceCollection services, global::System.Action<" + api.OptionsName + ">? configure = null)");
            w.Line("return global::Seedance.Contracts.SeedanceServiceCollectionExtensions.AddSeedanceClient<" + api.ClientName + ", " + api.OptionsName + ">(services, configure, (httpClient, options) => new " + api.ClientName + "(httpClient, options));");
            w.Close();
            w.Close();
        }

        private static string PathExpression(OperationModel op)
        {
            var parts = new List<string>();
            string path = op.Path;
            int index = 0;
            while (index < path.Length)
            {
                int open = path.IndexOf('{', index);
                if (open < 0)
                {
                    parts.Add(SourceWriter.Literal(path.Substring(index)));
                    break;
                }

                if (open > index)
                {
                    parts.Add(SourceWriter.Literal(path.Substring(index, open - index)));
                }

                int close = path.IndexOf('}', open);
                string wire = path.Substring(open + 1, close - open - 1);
                var parameter = op.Parameters.FirstOrDefault(p => p.In == "path" && p.WireName == wire);
                parts.Add(parameter == null ? SourceWriter.Literal(path.Substring(open, close - open + 1)) : "global::System.Uri.EscapeDataString(" + PathValue(parameter) + ")");
                index = close + 1;
            }

            return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
        }

        private static string PathValue(OperationParameterModel p) => Text(p.Name, p.Type.AsNonNullable());

        /// <summary>Invariant wire text of a non-null value (enums by wire value, booleans lower-case).</summary>
        private static string Text(string expression, CsType type)
        {
            switch (type.Kind)
            {
                case CsTypeKind.Enum:
                    return "(global::System.Convert.ToString(" + expression + ".ToWireValue(), global::System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)";
                case CsTypeKind.Primitive when type.Name == "String":
                    return expression;
                case CsTypeKind.Primitive when type.Name == "Boolean":
                    return "(" + expression + " ? \"true\" : \"false\")";
                case CsTypeKind.Primitive when type.Name is "Int32" or "Int64" or "Double" or "Single":
                    return expression + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)";
                case CsTypeKind.Primitive when type.Name == "Uri":
                    return expression + ".OriginalString";
                case CsTypeKind.Primitive when type.Name == "DateTimeOffset":
                    return expression + ".ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)";
                default:
                    return "(" + expression + ".ToString() ?? string.Empty)";
            }
        }

        private static string QueryValue(OperationParameterModel p, string ns)
        {
            var t = p.Type;
            string n = p.Name;
            switch (t.Kind)
            {
                case CsTypeKind.Primitive when t.Name is "String" or "Int32" or "Int64" or "Double" or "Boolean" or "Guid" or "DateTimeOffset":
                    // SeedanceQuery has overloads for these (null values are skipped).
                    return n;
                case CsTypeKind.Primitive when t.Name == "Single":
                    return "(double?)" + n;
                case CsTypeKind.Enum:
                    // string enums give string, integer enums long: both have SeedanceQuery overloads.
                    return (t.Nullable ? n + "?" : n) + ".ToWireValue()";
                case CsTypeKind.List:
                    var element = t.Element!.AsNonNullable();
                    if (element.Kind == CsTypeKind.Primitive && element.Name == "String")
                    {
                        return n;
                    }

                    return "(" + n + " is null ? null : global::System.Linq.Enumerable.Select(" + n + ", v => " + Text("v", element) + "))";
                default:
                    return t.Nullable || !CsTypes.IsValueType(t) ? "(" + n + " is null ? null : " + Text(n + (CsTypes.IsValueType(t) ? ".Value" : string.Empty), t.AsNonNullable()) + ")" : Text(n, t);
            }
        }

        private static string FormFields(ApiModel api, CsType type) => "FormFieldsOf" + type.Name + "(body)";

        private static void EmitFormFields(SourceWriter w, ApiModel api, CsType type)
        {
            var model = api.Objects.First(o => o.Name == type.Name);
            string t = CsTypes.Write(type.AsNonNullable(), api.Namespace);
            string method = "FormFieldsOf" + type.Name;
            w.Open("private static global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> " + method + "(" + t + " body)");
            w.Line("var fields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
            foreach (var p in model.Properties)
            {
                bool nullable = p.Type.Nullable || !CsTypes.IsValueType(p.Type);
                string value = Text("body." + p.Name + (p.Type.Nullable && CsTypes.IsValueType(p.Type) ? ".Value" : string.Empty), p.Type.AsNonNullable());
                w.Line((nullable ? "if (body." + p.Name + " is not null) " : string.Empty) + "fields.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(" + SourceWriter.Literal(p.WireName) + ", " + value + "));");
            }

            w.Line("return fields;");
            w.Close();
            w.Line();
        }

        private static string HttpMethod(string method)
        {
            switch (method)
            {
                case "get": return "global::System.Net.Http.HttpMethod.Get";
                case "post": return "global::System.Net.Http.HttpMethod.Post";
                case "put": return "global::System.Net.Http.HttpMethod.Put";
                case "delete": return "global::System.Net.Http.HttpMethod.Delete";
                default: return "new global::System.Net.Http.HttpMethod(" + SourceWriter.Literal(method.ToUpperInvariant()) + ")";
            }
        }

        private static string Auth(SecurityNode security)
        {
            switch (security.Kind)
            {
                case "apiKeyHeader": return "global::Seedance.Contracts.SeedanceAuthScheme.ApiKeyHeader(" + SourceWriter.Literal(security.HeaderName) + ")";
                case "bearer": return "global::Seedance.Contracts.SeedanceAuthScheme.Bearer";
                default: return "global::Seedance.Contracts.SeedanceAuthScheme.None";
            }
        }
    }
}
