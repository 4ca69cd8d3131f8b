using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Seedance.Contracts.Analyzers.Strings;

namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>
    /// The status types of one compilation, found once at compilation start: enums with the marker attribute in
    /// source or in referenced assemblies that can see the attribute, plus enums named in the options.
    /// </summary>
    internal sealed class StatusTypeCatalog
    {
        private readonly Dictionary<INamedTypeSymbol, StatusType> _byType;
        private readonly ConcurrentDictionary<string, WireValueMatch?> _wireLookups = new ConcurrentDictionary<string, WireValueMatch?>(System.StringComparer.Ordinal);
        private readonly System.Func<string, WireValueMatch?> _matchWireValue;

        private StatusTypeCatalog(Dictionary<INamedTypeSymbol, StatusType> byType, StatusAnalyzerOptions options)
        {
            _byType = byType;
            Options = options;
            var all = new List<StatusType>(byType.Values);
            all.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            All = all.ToImmutableArray();
            _matchWireValue = text => WireValueMatcher.Match(text, All);
        }

        public StatusAnalyzerOptions Options { get; }

        /// <summary>Sorted by full name so that ambiguous wire values resolve deterministically.</summary>
        public ImmutableArray<StatusType> All { get; }

        /// <summary>Returns null when the compilation has no status type at all (then nothing is registered).</summary>
        public static StatusTypeCatalog? Create(Compilation compilation, StatusAnalyzerOptions options)
        {
            var found = new Dictionary<INamedTypeSymbol, StatusType>(SymbolEqualityComparer.Default);
            var attributeTypes = compilation.GetTypesByMetadataName(StatusTypeFactory.AttributeNamespace + "." + StatusTypeFactory.EnumAttributeName);
            if (!attributeTypes.IsEmpty)
            {
                var attributeAssemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
                foreach (var attributeType in attributeTypes)
                {
                    attributeAssemblies.Add(attributeType.ContainingAssembly);
                }

                Scan(compilation.Assembly.GlobalNamespace, found, fromOptions: false);
                foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    if (CanSeeAttribute(reference, attributeAssemblies))
                    {
                        Scan(reference.GlobalNamespace, found, fromOptions: false);
                    }
                }
            }

            foreach (var name in options.StatusEnums)
            {
                var type = compilation.GetTypeByMetadataName(name);
                if (type != null && !found.ContainsKey(type))
                {
                    var status = StatusTypeFactory.TryCreate(type, fromOptions: true);
                    if (status != null)
                    {
                        found.Add(type, status);
                    }
                }
            }

            return found.Count == 0 ? null : new StatusTypeCatalog(found, options);
        }

        /// <summary>Finds the status type of <paramref name="type"/>, looking through <c>Nullable&lt;T&gt;</c>.</summary>
        public bool TryGet(ITypeSymbol? type, out StatusType status)
        {
            if (type is INamedTypeSymbol named && (named.TypeKind == TypeKind.Enum || named.TypeKind == TypeKind.Struct))
            {
                if (named.TypeKind == TypeKind.Struct)
                {
                    if (named.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T || named.TypeArguments.Length != 1)
                    {
                        status = null!;
                        return false;
                    }

                    named = (named.TypeArguments[0] as INamedTypeSymbol)!;
                }

                if (named != null && named.TypeKind == TypeKind.Enum && _byType.TryGetValue(named, out status!))
                {
                    return true;
                }
            }

            status = null!;
            return false;
        }

        /// <summary>Exact (ordinal) wire value match, or a near miss with the value that was probably meant.</summary>
        public WireValueMatch? MatchWireValue(string literal) =>
            _wireLookups.GetOrAdd(literal, _matchWireValue);

        private static bool CanSeeAttribute(IAssemblySymbol assembly, HashSet<IAssemblySymbol> attributeAssemblies)
        {
            if (attributeAssemblies.Contains(assembly))
            {
                return true;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblySymbols)
                {
                    if (attributeAssemblies.Contains(referenced))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void Scan(INamespaceSymbol ns, Dictionary<INamedTypeSymbol, StatusType> found, bool fromOptions)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    Scan(child, found, fromOptions);
                }
                else if (member is INamedTypeSymbol type)
                {
                    ScanType(type, found, fromOptions);
                }
            }
        }

        private static void ScanType(INamedTypeSymbol type, Dictionary<INamedTypeSymbol, StatusType> found, bool fromOptions)
        {
            if (type.TypeKind == TypeKind.Enum)
            {
                if (StatusTypeFactory.HasStatusEnumAttribute(type) && !found.ContainsKey(type))
                {
                    var status = StatusTypeFactory.TryCreate(type, fromOptions);
                    if (status != null)
                    {
                        found.Add(type, status);
                    }
                }

                return;
            }

            foreach (var nested in type.GetTypeMembers())
            {
                ScanType(nested, found, fromOptions);
            }
        }
    }
}
