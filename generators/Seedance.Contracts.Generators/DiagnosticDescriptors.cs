using Microsoft.CodeAnalysis;

namespace Seedance.Contracts.Generators
{
    /// <summary>Every diagnostic the generator reports (ids SDG001..), in one place.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Seedance.Generator";
        private const string HelpBase = "https://example.invalid/seedance-contracts/docs/generator.md#";

        public static readonly DiagnosticDescriptor YamlSyntaxError = Create(
            "SDG001", "Spec is not valid YAML", "The spec is not valid YAML: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotOpenApi = Create(
            "SDG002", "Spec is not an OpenAPI 3.0 document", "The spec is not an OpenAPI 3.0 document: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnresolvedReference = Create(
            "SDG003", "Unresolved $ref", "The $ref '{0}' does not resolve to anything in this spec", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ExternalReference = Create(
            "SDG004", "External $ref is not supported", "The $ref '{0}' points outside this spec; only local references ('#/components/...') are supported, so the value is typed as JsonElement", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
            "SDG005", "Unsupported construct skipped", "Unsupported construct skipped: {0}", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor NameCollision = Create(
            "SDG006", "Generated name collision", "Schema '{0}' would be named '{1}', which another, different schema already uses; it is named '{2}' instead (set a Prefix or rename the schema to choose)", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ExampleDoesNotFit = Create(
            "SDG007", "Example does not fit its schema", "Example '{0}' of {1} does not fit its schema: {2}; it is kept as JSON text only, without a typed accessor", DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ConflictingOperation = Create(
            "SDG008", "Conflicting operation definitions", "Operation '{0}' is defined differently in '{1}' and '{2}'; only the first definition is generated", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "SDG009", "Generator failed on a spec", "The Seedance generator failed while processing this spec: {0}", DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            "SDG010", "Invalid SeedanceSpec option", "Invalid SeedanceSpec option: {0}", DiagnosticSeverity.Warning);

        public static DiagnosticDescriptor? Find(string id)
        {
            switch (id)
            {
                case "SDG001": return YamlSyntaxError;
                case "SDG002": return NotOpenApi;
                case "SDG003": return UnresolvedReference;
                case "SDG004": return ExternalReference;
                case "SDG005": return UnsupportedConstruct;
                case "SDG006": return NameCollision;
                case "SDG007": return ExampleDoesNotFit;
                case "SDG008": return ConflictingOperation;
                case "SDG009": return InternalError;
                case "SDG010": return InvalidOption;
                default: return null;
            }
        }

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
