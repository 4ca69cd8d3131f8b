using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>
    /// Project-wide options, read from global options (MSBuild properties made compiler-visible, or the same
    /// <c>build_property.*</c> keys in a <c>.globalconfig</c>). Per-file <c>.editorconfig</c> keys are not used:
    /// which enums are statuses must not depend on the file a switch happens to be in.
    /// </summary>
    internal sealed class StatusAnalyzerOptions
    {
        public const string StatusEnumsKey = "build_property.SeedanceStatusEnums";
        public const string DefaultHandlesFailureKey = "build_property.SeedanceDefaultHandlesFailure";
        public const string ThrowingDefaultHandlesFailureKey = "build_property.SeedanceThrowingDefaultHandlesFailure";
        public const string UnknownStatusKey = "build_property.SeedanceUnknownStatus";

        public static readonly StatusAnalyzerOptions Defaults =
            new StatusAnalyzerOptions(ImmutableArray<string>.Empty, false, false, UnknownStatusHandling.Other);

        public StatusAnalyzerOptions(
            ImmutableArray<string> statusEnums,
            bool defaultHandlesFailure,
            bool throwingDefaultHandlesFailure,
            UnknownStatusHandling unknownHandling)
        {
            StatusEnums = statusEnums;
            DefaultHandlesFailure = defaultHandlesFailure;
            ThrowingDefaultHandlesFailure = throwingDefaultHandlesFailure;
            UnknownHandling = unknownHandling;
        }

        /// <summary>Full metadata names of extra enums to treat as statuses (members classified by name).</summary>
        public ImmutableArray<string> StatusEnums { get; }

        /// <summary>A <c>default</c>, discard or other catch-all counts as handling the failure members.</summary>
        public bool DefaultHandlesFailure { get; }

        /// <summary>A catch-all whose body always throws counts as handling the failure members.</summary>
        public bool ThrowingDefaultHandlesFailure { get; }

        public UnknownStatusHandling UnknownHandling { get; }

        /// <summary>Members SDC001 insists on: the failure members, plus Unknown when configured so.</summary>
        public ulong RequiredFailureMembers(StatusType type) =>
            UnknownHandling == UnknownStatusHandling.Failure ? type.Failure | type.Unknown : type.Failure;

        /// <summary>Members SDC002 insists on when the switch has no catch-all.</summary>
        public ulong RequiredOtherMembers(StatusType type)
        {
            var others = type.All & ~type.Failure;
            return UnknownHandling == UnknownStatusHandling.Other ? others : others & ~type.Unknown;
        }

        /// <summary>Value equality, so a cached catalog is reused only for the options it was built with.</summary>
        public bool SameAs(StatusAnalyzerOptions other)
        {
            if (DefaultHandlesFailure != other.DefaultHandlesFailure
                || ThrowingDefaultHandlesFailure != other.ThrowingDefaultHandlesFailure
                || UnknownHandling != other.UnknownHandling
                || StatusEnums.Length != other.StatusEnums.Length)
            {
                return false;
            }

            for (var i = 0; i < StatusEnums.Length; i++)
            {
                if (!string.Equals(StatusEnums[i], other.StatusEnums[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public static StatusAnalyzerOptions From(AnalyzerConfigOptions globalOptions)
        {
            var enums = ImmutableArray<string>.Empty;
            if (globalOptions.TryGetValue(StatusEnumsKey, out var list) && !string.IsNullOrWhiteSpace(list))
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var part in list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var name = part.Trim();
                    if (name.StartsWith("global::", StringComparison.Ordinal))
                    {
                        name = name.Substring("global::".Length);
                    }

                    if (name.Length > 0)
                    {
                        builder.Add(name);
                    }
                }

                enums = builder.ToImmutable();
            }

            return new StatusAnalyzerOptions(
                enums,
                ReadBool(globalOptions, DefaultHandlesFailureKey),
                ReadBool(globalOptions, ThrowingDefaultHandlesFailureKey),
                ReadUnknown(globalOptions));
        }

        private static bool ReadBool(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var text) && string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        private static UnknownStatusHandling ReadUnknown(AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(UnknownStatusKey, out var text))
            {
                return UnknownStatusHandling.Other;
            }

            switch (text.Trim().ToLowerInvariant())
            {
                case "failure": return UnknownStatusHandling.Failure;
                case "ignore": return UnknownStatusHandling.Ignore;
                default: return UnknownStatusHandling.Other;
            }
        }
    }
}
