using System.Collections.Generic;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Normalizer
{
    /// <summary>One spec of a merge group, with its component schemas by name ($refs resolve within it).</summary>
    internal sealed class DocumentContext
    {
        public DocumentContext(int index, SpecDocument document)
        {
            Index = index;
            Document = document;
            var schemas = new Dictionary<string, SchemaNode>();
            foreach (var s in document.Schemas)
            {
                schemas[s.Name] = s.Schema;
            }

            Schemas = schemas;
            Status = StatusClassifier.For(document.Options);
        }

        /// <summary>How this spec's enums are classified as status enums (its item metadata or the built-in rules).</summary>
        public StatusClassifier Status { get; }

        /// <summary>The NotStatusEnums names that matched an enum (the others are reported as SDG010).</summary>
        public HashSet<string> MatchedNotStatusEnums { get; } = new HashSet<string>();

        public int Index { get; }

        public SpecDocument Document { get; }

        public IReadOnlyDictionary<string, SchemaNode> Schemas { get; }

        public SchemaNode? Resolve(SchemaNode? schema)
        {
            for (int depth = 0; schema?.Ref != null && depth < 32; depth++)
            {
                Schemas.TryGetValue(Reader.ReferenceChecker.NameOf(schema.Ref), out schema);
            }

            return schema;
        }
    }
}
