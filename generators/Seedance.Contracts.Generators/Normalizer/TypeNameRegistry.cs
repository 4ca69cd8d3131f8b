using System.Collections.Generic;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>
    /// Hands out final type names: a proposed name with the same structure as an earlier one maps to the
    /// same type (schemas collapse across specs); a different structure under a taken name gets a stable
    /// numeric suffix and SDG006.
    /// </summary>
    internal sealed class TypeNameRegistry
    {
        private readonly string _prefix;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly HashSet<string> _used = new HashSet<string>();
        private readonly HashSet<string> _fixed = new HashSet<string>();
        private readonly Dictionary<string, List<KeyValuePair<string, string>>> _byProposed = new Dictionary<string, List<KeyValuePair<string, string>>>();

        public TypeNameRegistry(string prefix, IEnumerable<string> fixedNames, List<DiagnosticInfo> diagnostics)
        {
            _prefix = prefix;
            _diagnostics = diagnostics;
            foreach (string name in fixedNames)
            {
                _fixed.Add(name);
                _used.Add(name);
            }
        }

        /// <summary>The prefixed proposal for an unprefixed base name (prefix only where the name would collide).</summary>
        public string Propose(string baseName)
        {
            string name = Naming.Identifier(baseName, _prefix, _prefix + "Schema");
            return Naming.IsReservedTypeName(name) || _fixed.Contains(name) ? _prefix + name : name;
        }

        /// <summary>Returns the final name and whether this structure is new (so its model must be built).</summary>
        public (string Name, bool IsNew) Register(string baseName, string shape, string source, SpecLocation? location)
        {
            string proposed = Propose(baseName);
            if (_byProposed.TryGetValue(proposed, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (entry.Key == shape)
                    {
                        return (entry.Value, false);
                    }
                }

                string renamed = Naming.Unique(proposed, _used);
                entries.Add(new KeyValuePair<string, string>(shape, renamed));
                _diagnostics.Add(new DiagnosticInfo("SDG006", location, new[] { source, proposed, renamed }.ToEquatableArray()));
                return (renamed, true);
            }

            string name = Naming.Unique(proposed, _used);
            _byProposed[proposed] = new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>(shape, name) };
            return (name, true);
        }
    }
}
