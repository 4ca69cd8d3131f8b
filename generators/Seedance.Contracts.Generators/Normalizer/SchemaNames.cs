using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// Turns component schema names into clean type names BY RULE (docs/generator.md): machine-made names
    /// such as <c>_v1_ai_..._post_200_response</c>, <c>get_x_400_response_1_problem</c> or <c>task-detail_1</c>
    /// are named from what they are. The result is unprefixed; the caller adds the API prefix on collision
    /// with implicit-using types.
    /// </summary>
    internal static class SchemaNames
    {
        private static readonly Regex ResponseName = new Regex(
            @"^_?(?<base>.*?)_(?<status>[1-5][0-9][0-9]|default)_response(?<dup>_[0-9]+)?(?<rest>_.+)?$", RegexOptions.CultureInvariant);

        private static readonly Regex RequestName = new Regex(
            @"^_?(?<base>.*)_(get|post|put|patch|delete)_request(?<rest>_.+)?$", RegexOptions.CultureInvariant);

        private static readonly Regex ParameterName = new Regex(
            @"^_?(?<base>.*)_(get|post|put|patch|delete)_(?<param>.+)_parameter$", RegexOptions.CultureInvariant);

        private static readonly Regex DedupeSuffix = new Regex(@"^(?<base>.+?)_(?<n>[0-9]+)$", RegexOptions.CultureInvariant);

        private static readonly Regex VersionPrefix = new Regex(@"^v[0-9]+_", RegexOptions.CultureInvariant);

        private static readonly Regex MethodSuffix = new Regex(@"_(get|post|put|patch|delete)$", RegexOptions.CultureInvariant);

        public static bool IsMachineMade(string name) =>
            ResponseName.IsMatch(name) || RequestName.IsMatch(name) || ParameterName.IsMatch(name);

        /// <summary>The clean, unprefixed name of component schema <paramref name="name"/>.</summary>
        public static string Clean(string name, SchemaNode schema, IReadOnlyDictionary<string, SchemaNode> siblings)
        {
            var response = ResponseName.Match(name);
            if (response.Success)
            {
                if (!response.Groups["rest"].Success && ShapeName(schema, siblings) is { } byShape)
                {
                    return byShape;
                }

                string status = response.Groups["status"].Value;
                return Owner(response.Groups["base"].Value) + StatusWord(status) + "Response" + Rest(response.Groups["rest"]);
            }

            var request = RequestName.Match(name);
            if (request.Success)
            {
                return Owner(request.Groups["base"].Value) + "Request" + Rest(request.Groups["rest"]);
            }

            var parameter = ParameterName.Match(name);
            if (parameter.Success)
            {
                return Owner(parameter.Groups["base"].Value) + Naming.Pascal(parameter.Groups["param"].Value);
            }

            // `task-detail_1`: the `_1` only disambiguated within the document that produced this one;
            // drop it unless the document also has the base name.
            var dedupe = DedupeSuffix.Match(name);
            if (dedupe.Success && !siblings.ContainsKey(dedupe.Groups["base"].Value))
            {
                return Naming.Pascal(dedupe.Groups["base"].Value);
            }

            return Naming.Pascal(name);
        }

        /// <summary>Names of response bodies recognised by shape: <c>{message}</c> errors and <c>{data}</c> envelopes.</summary>
        private static string? ShapeName(SchemaNode schema, IReadOnlyDictionary<string, SchemaNode> siblings)
        {
            if (schema.Ref != null || schema.AllOf.Count > 0 || schema.OneOf.Count > 0 || schema.AnyOf.Count > 0)
            {
                return null;
            }

            if (schema.Properties.Count == 1 && schema.Properties[0].Name == "message" && schema.Properties[0].Schema.Type == "string")
            {
                return "ErrorResponse";
            }

            var data = schema.Properties.FirstOrDefault(p => p.Name == "data");
            if (data == null)
            {
                return null;
            }

            if (data.Schema.Ref is { } single && HumanTarget(single, siblings) is { } item)
            {
                return item + "Response";
            }

            if (data.Schema.Type == "array" && data.Schema.Items?.Ref is { } many && HumanTarget(many, siblings) is { } element)
            {
                return element + "ListResponse";
            }

            return null;
        }

        private static string? HumanTarget(string reference, IReadOnlyDictionary<string, SchemaNode> siblings)
        {
            string target = Reader.ReferenceChecker.NameOf(reference);
            if (!siblings.TryGetValue(target, out var schema) || IsMachineMade(target))
            {
                return null;
            }

            return Clean(target, schema, siblings);
        }

        private static string Owner(string baseName)
        {
            string owner = VersionPrefix.Replace(baseName, string.Empty);
            owner = MethodSuffix.Replace(owner, string.Empty);
            return Naming.Pascal(owner);
        }

        private static string Rest(Group rest) =>
            rest.Success ? string.Concat(Naming.Words(rest.Value).Select(w => w == "inner" ? "Item" : Naming.Pascal(w))) : string.Empty;

        public static string StatusWord(string status)
        {
            switch (status)
            {
                case "400": return "BadRequest";
                case "401": return "Unauthorized";
                case "402": return "PaymentRequired";
                case "403": return "Forbidden";
                case "404": return "NotFound";
                case "405": return "MethodNotAllowed";
                case "409": return "Conflict";
                case "410": return "Gone";
                case "413": return "PayloadTooLarge";
                case "415": return "UnsupportedMediaType";
                case "422": return "UnprocessableEntity";
                case "429": return "TooManyRequests";
                case "500": return "ServerError";
                case "502": return "BadGateway";
                case "503": return "ServiceUnavailable";
                case "504": return "GatewayTimeout";
                case "default": return "Default";
                default: return status.StartsWith("2", System.StringComparison.Ordinal) ? string.Empty : "Status" + status;
            }
        }
    }
}
