using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Seedance.Contracts.Generators.Emitters;
using Seedance.Contracts.Generators.Model;
using Seedance.Contracts.Generators.Normalizer;
using Seedance.Contracts.Generators.Reader;

namespace Seedance.Contracts.Generators
{
    /// <summary>
    /// Generates models, status enums, a JSON context, a typed client and an examples catalog from the
    /// OpenAPI specs a project opts in with <c>&lt;SeedanceSpec Include="..." /&gt;</c>. This file only wires
    /// the pipeline: read (per file, cached) → merge/normalize (per namespace+client) → emit.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SeedanceGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps (used by the caching tests).</summary>
        public const string InputStep = "Seedance.Input";

        /// <summary>The per-file parse step.</summary>
        public const string ModelStep = "Seedance.Model";

        /// <summary>The merged, normalized API of each (namespace, client) group.</summary>
        public const string ApiStep = "Seedance.Api";

        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) => ReadInput(pair.Left, pair.Right, ct))
                .WithTrackingName(InputStep)
                .Where(static input => input != null)
                .Select(static (input, _) => input!);

            var documents = inputs
                .Select(static (input, ct) => SpecReader.Read(input, ct))
                .WithTrackingName(ModelStep);

            context.RegisterSourceOutput(documents, static (spc, doc) => Report(spc, doc.Diagnostics));

            var apis = documents.Collect()
                .SelectMany(static (docs, ct) => GroupAndNormalize(docs, ct))
                .WithTrackingName(ApiStep);

            context.RegisterSourceOutput(apis, static (spc, output) => Emit(spc, output));
        }

        private static SpecInput? ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken ct)
        {
            var options = provider.GetOptions(file);
            if (!options.TryGetValue(MetadataPrefix + "SeedanceSpec", out string? optIn) || !string.Equals(optIn, "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string text = file.GetText(ct)?.ToString() ?? string.Empty;
            provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            return new SpecInput(file.Path, text, new SpecOptions(
                Get(options, "SeedanceNamespace"),
                Get(options, "SeedanceClientName"),
                Get(options, "SeedanceVisibility"),
                Get(options, "SeedanceOperations"),
                Get(options, "SeedancePrefix"),
                rootNamespace,
                Get(options, "SeedanceStatusSuccess"),
                Get(options, "SeedanceStatusFailure"),
                Get(options, "SeedanceNotStatusEnums")));
        }

        private static string? Get(AnalyzerConfigOptions options, string name) =>
            options.TryGetValue(MetadataPrefix + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        private static ImmutableArray<GroupOutput> GroupAndNormalize(ImmutableArray<SpecDocument> documents, CancellationToken ct)
        {
            var builder = ImmutableArray.CreateBuilder<GroupOutput>();
            foreach (var group in documents.Where(d => d.IsValid).GroupBy(d => { var key = ApiNormalizer.GroupOf(d); return (key.Namespace, key.ClientName); }))
            {
                var members = group.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
                try
                {
                    builder.Add(new GroupOutput(ApiNormalizer.Normalize(members, ct), EquatableArray<DiagnosticInfo>.Empty));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var at = new SpecLocation(members[0].FilePath, 0, 0, 0, 0, 0, 0);
                    builder.Add(new GroupOutput(null, new[] { new DiagnosticInfo("SDG009", at, new[] { ex.GetType().Name + ": " + ex.Message }.ToEquatableArray()) }.ToEquatableArray()));
                }
            }

            return builder.ToImmutable();
        }

        private static void Emit(SourceProductionContext spc, GroupOutput output)
        {
            Report(spc, output.Diagnostics);
            if (output.Api is not { } api)
            {
                return;
            }

            Report(spc, api.Diagnostics);
            try
            {
                string hint = api.HintPrefix;
                spc.AddSource(hint + ".Models.g.cs", SourceText.From(ModelsEmitter.Emit(api), System.Text.Encoding.UTF8));
                spc.AddSource(hint + ".Enums.g.cs", SourceText.From(EnumsEmitter.Emit(api), System.Text.Encoding.UTF8));
                spc.AddSource(hint + ".JsonContext.g.cs", SourceText.From(JsonContextEmitter.Emit(api), System.Text.Encoding.UTF8));
                spc.AddSource(hint + ".Client.g.cs", SourceText.From(ClientEmitter.Emit(api), System.Text.Encoding.UTF8));
                spc.AddSource(hint + ".Examples.g.cs", SourceText.From(ExamplesEmitter.Emit(api), System.Text.Encoding.UTF8));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, ex.GetType().Name + ": " + ex.Message));
            }
        }

        private static void Report(SourceProductionContext spc, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var info in diagnostics)
            {
                var descriptor = DiagnosticDescriptors.Find(info.Id);
                if (descriptor == null)
                {
                    continue;
                }

                var additional = info.AdditionalLocation == null ? null : new[] { ToLocation(info.AdditionalLocation) };
                spc.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location == null ? Location.None : ToLocation(info.Location), additional, info.Args.Cast<object>().ToArray()));
            }
        }

        private static Location ToLocation(SpecLocation l) =>
            Location.Create(l.FilePath, new TextSpan(l.Start, l.Length), new LinePositionSpan(new LinePosition(l.Line, l.Column), new LinePosition(l.EndLine, l.EndColumn)));
    }
}
