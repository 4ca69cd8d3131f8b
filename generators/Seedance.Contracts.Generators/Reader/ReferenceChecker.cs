using System.Collections.Generic;
using Seedance.Contracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>Checks $refs against the document's components and reports SDG003/SDG004 once each.</summary>
    internal sealed class ReferenceChecker
    {
        private readonly YamlMappingNode? _components;
        private readonly SpecTextMap _map;
        private readonly List<DiagnosticInfo> _diagnostics;

        public ReferenceChecker(YamlMappingNode? components, SpecTextMap map, List<DiagnosticInfo> diagnostics)
        {
            _components = components;
            _map = map;
            _diagnostics = diagnostics;
        }

        /// <summary>Returns the referenced node, or null (with a diagnostic) when it cannot be resolved.</summary>
        public YamlNode? Check(string reference, string section, YamlNode at)
        {
            if (!reference.StartsWith("#/", System.StringComparison.Ordinal))
            {
                _diagnostics.Add(new DiagnosticInfo("SDG004", _map.Locate(at.Start, at.End), new[] { reference }.ToEquatableArray()));
                return null;
            }

            var target = Resolve(reference, section);
            if (target == null)
            {
                _diagnostics.Add(new DiagnosticInfo("SDG003", _map.Locate(at.Start, at.End), new[] { reference }.ToEquatableArray()));
            }

            return target;
        }

        public YamlNode? Resolve(string reference, string section)
        {
            string prefix = "#/components/" + section + "/";
            if (_components == null || !reference.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return null;
            }

            string name = Unescape(reference.Substring(prefix.Length));
            return _components.GetMap(section)?.Get(name);
        }

        public static string NameOf(string reference)
        {
            int slash = reference.LastIndexOf('/');
            return Unescape(slash < 0 ? reference : reference.Substring(slash + 1));
        }

        // JSON pointer escapes (~1 for '/', ~0 for '~').
        private static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");
    }
}
