using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>Small lookups over YamlDotNet's representation model (keys compared as plain strings).</summary>
    internal static class YamlNodes
    {
        public static YamlNode? Get(this YamlMappingNode map, string key)
        {
            foreach (var pair in map.Children)
            {
                if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
                {
                    return pair.Value;
                }
            }

            return null;
        }

        public static YamlMappingNode? GetMap(this YamlMappingNode map, string key) => map.Get(key) as YamlMappingNode;

        public static YamlSequenceNode? GetSequence(this YamlMappingNode map, string key) => map.Get(key) as YamlSequenceNode;

        /// <summary>The scalar's text, or null when the key is missing or holds a collection.</summary>
        public static string? GetString(this YamlMappingNode map, string key) => (map.Get(key) as YamlScalarNode)?.Value;

        public static bool GetBool(this YamlMappingNode map, string key) =>
            map.Get(key) is YamlScalarNode scalar && (scalar.Value == "true" || scalar.Value == "True" || scalar.Value == "TRUE");

        public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlMappingNode map)
        {
            foreach (var pair in map.Children)
            {
                if (pair.Key is YamlScalarNode scalar && scalar.Value != null)
                {
                    yield return new KeyValuePair<string, YamlNode>(scalar.Value, pair.Value);
                }
            }
        }
    }
}
