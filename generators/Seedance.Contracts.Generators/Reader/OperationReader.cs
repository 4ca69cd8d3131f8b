using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Seedance.Contracts.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>Reads <c>paths</c> into operations: parameters, request bodies, responses and their examples.</summary>
    internal sealed class OperationReader
    {
        private static readonly string[] SupportedMethods = { "get", "post", "put", "patch", "delete" };
        private static readonly string[] UnsupportedMethods = { "head", "options", "trace" };

        private readonly SpecTextMap _map;
        private readonly ReferenceChecker _refs;
        private readonly SchemaReader _schemas;
        private readonly ExampleConverter _examples;
        private readonly List<DiagnosticInfo> _diagnostics;

        public OperationReader(SpecTextMap map, ReferenceChecker refs, SchemaReader schemas, ExampleConverter examples, List<DiagnosticInfo> diagnostics)
        {
            _map = map;
            _refs = refs;
            _schemas = schemas;
            _examples = examples;
            _diagnostics = diagnostics;
        }

        public List<OperationNode> ReadAll(YamlMappingNode? paths, CancellationToken cancellationToken)
        {
            var result = new List<OperationNode>();
            if (paths == null)
            {
                return result;
            }

            foreach (var pathEntry in paths.Entries())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (pathEntry.Value is not YamlMappingNode pathItem)
                {
                    continue;
                }

                var shared = pathItem.GetSequence("parameters");
                foreach (var methodEntry in pathItem.Entries())
                {
                    if (UnsupportedMethods.Contains(methodEntry.Key))
                    {
                        Unsupported(methodEntry.Value, $"HTTP method '{methodEntry.Key.ToUpperInvariant()}' on '{pathEntry.Key}'");
                        continue;
                    }

                    if (!SupportedMethods.Contains(methodEntry.Key) || methodEntry.Value is not YamlMappingNode op)
                    {
                        continue;
                    }

                    result.Add(ReadOperation(pathEntry.Key, methodEntry.Key, op, shared));
                }
            }

            return result;
        }

        private OperationNode ReadOperation(string path, string method, YamlMappingNode op, YamlSequenceNode? shared)
        {
            var parameters = new List<ParameterNode>();
            foreach (var node in (shared?.Children ?? Enumerable.Empty<YamlNode>()).Concat(op.GetSequence("parameters")?.Children ?? Enumerable.Empty<YamlNode>()))
            {
                var parameter = ReadParameter(Deref(node, "parameters"));
                if (parameter != null)
                {
                    // An operation-level parameter overrides a path-level one with the same name and location.
                    parameters.RemoveAll(p => p.Name == parameter.Name && p.In == parameter.In);
                    parameters.Add(parameter);
                }
            }

            RequestBodyNode? body = null;
            if (op.Get("requestBody") is { } bodyNode && Deref(bodyNode, "requestBodies") is YamlMappingNode bodyMap)
            {
                body = new RequestBodyNode(bodyMap.GetBool("required"), bodyMap.GetString("description"), ReadContent(bodyMap.GetMap("content")));
            }

            var responses = new List<ResponseNode>();
            if (op.GetMap("responses") is { } responseMap)
            {
                foreach (var entry in responseMap.Entries())
                {
                    if (Deref(entry.Value, "responses") is YamlMappingNode response)
                    {
                        responses.Add(new ResponseNode(entry.Key, response.GetString("description"), ReadContent(response.GetMap("content"))));
                    }
                }
            }

            return new OperationNode(
                op.GetString("operationId"),
                method,
                path,
                op.GetString("summary"),
                op.GetString("description"),
                parameters.ToEquatableArray(),
                body,
                responses.ToEquatableArray(),
                _map.Locate(op.Start, op.End));
        }

        private ParameterNode? ReadParameter(YamlNode? node)
        {
            if (node is not YamlMappingNode map || map.GetString("name") is not { } name || map.GetString("in") is not { } location)
            {
                return null;
            }

            var schema = map.Get("schema") is { } schemaNode ? _schemas.Read(schemaNode) : new SchemaNode { Type = "string" };
            return new ParameterNode(name, location, map.GetBool("required") || location == "path", schema, map.GetString("description"), _map.Locate(map.Start, map.End));
        }

        private EquatableArray<MediaNode> ReadContent(YamlMappingNode? content)
        {
            if (content == null)
            {
                return EquatableArray<MediaNode>.Empty;
            }

            var result = new List<MediaNode>();
            foreach (var entry in content.Entries())
            {
                if (entry.Value is not YamlMappingNode media)
                {
                    continue;
                }

                var schema = media.Get("schema") is { } schemaNode ? _schemas.Read(schemaNode) : null;
                result.Add(new MediaNode(entry.Key, schema, ReadExamples(media.GetMap("examples"), schema)));
            }

            return result.ToEquatableArray();
        }

        private EquatableArray<ExampleNode> ReadExamples(YamlMappingNode? examples, SchemaNode? schema)
        {
            if (examples == null)
            {
                return EquatableArray<ExampleNode>.Empty;
            }

            var result = new List<ExampleNode>();
            foreach (var entry in examples.Entries())
            {
                if (Deref(entry.Value, "examples") is not YamlMappingNode example)
                {
                    continue;
                }

                var value = example.Get("value");
                if (value == null)
                {
                    if (example.Get("externalValue") != null)
                    {
                        Unsupported(example, $"example '{entry.Key}' uses externalValue");
                    }

                    continue;
                }

                var (json, misfit) = _examples.Convert(value, schema);
                result.Add(new ExampleNode(entry.Key, example.GetString("summary"), json, misfit, _map.Locate(entry.Value.Start, entry.Value.End)));
            }

            return result.ToEquatableArray();
        }

        /// <summary>Follows a <c>$ref</c> into components/&lt;section&gt;; returns the node itself when it is not a reference.</summary>
        private YamlNode? Deref(YamlNode node, string section)
        {
            for (int depth = 0; depth < 8 && node is YamlMappingNode map && map.Get("$ref") is YamlScalarNode refNode && refNode.Value is { } reference; depth++)
            {
                var target = _refs.Check(reference, section, refNode);
                if (target == null)
                {
                    return null;
                }

                node = target;
            }

            return node;
        }

        private void Unsupported(YamlNode at, string what) =>
            _diagnostics.Add(new DiagnosticInfo("SDG005", _map.Locate(at.Start, at.End), new[] { what }.ToEquatableArray()));
    }
}
