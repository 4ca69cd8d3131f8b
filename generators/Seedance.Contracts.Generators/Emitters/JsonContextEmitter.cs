using System.Collections.Generic;
using System.Linq;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits the JsonSerializerContext in the shape of System.Text.Json's own .NET 8+ output: objects via
    /// JsonMetadataServices.CreateObjectInfo/CreatePropertyInfo (IsRequired from the spec), collections via
    /// Create*Info, primitives via CreateValueInfo with the built-in converters, and hand-written converters
    /// only for enums (Unknown fallback for status enums) and unions. Objects, lists and dictionaries also get a
    /// fast-path SerializeHandler (<see cref="SerializeHandlerEmitter"/>). No reflection, so it is trim/AOT safe.
    /// </summary>
    internal static class JsonContextEmitter
    {
        private const string Meta = "global::System.Text.Json.Serialization.Metadata";
        private const string Json = "global::System.Text.Json";

        public static string Emit(ApiModel api)
        {
            var types = CollectTypes(api);
            string ctx = api.JsonContextName;
            var w = new SourceWriter();
            w.Open("namespace " + api.Namespace);
            w.Summary("Reflection-free JSON metadata for every type of the " + api.Prefix + " API (works with GetFromJsonAsync, caller options and NativeAOT).", string.Empty);
            w.Open(api.Accessibility + " partial class " + ctx + " : " + Json + ".Serialization.JsonSerializerContext, " + Meta + ".IJsonTypeInfoResolver");
            w.Line("private static readonly " + Json + ".JsonSerializerOptions s_defaultOptions = new " + Json + ".JsonSerializerOptions();");
            w.Line();
            w.Summary("The shared instance (default options).", string.Empty);
            w.Line("public static " + ctx + " Default { get; } = new " + ctx + "(new " + Json + ".JsonSerializerOptions(s_defaultOptions));");
            w.Line();
            w.Summary("Creates a context that owns new default options.", string.Empty);
            w.Line("public " + ctx + "() : base(null) { }");
            w.Line();
            w.SummaryXml("Creates a context bound to <paramref name=\"options\"/>.");
            w.Doc("<param name=\"options\">The options (they become bound to this context).</param>");
            w.Line("public " + ctx + "(" + Json + ".JsonSerializerOptions options) : base(options) { }");
            w.Line();
            w.Summary("The options this context was generated for.", string.Empty);
            w.Line("protected override " + Json + ".JsonSerializerOptions? GeneratedSerializerOptions { get; } = s_defaultOptions;");
            w.Line();

            foreach (var t in types)
            {
                string cs = CsTypes.Write(t, api.Namespace);
                string name = CsTypes.InfoName(t);
                w.Line("private " + Meta + ".JsonTypeInfo<" + cs + ">? _" + name + ";");
                w.SummaryXml("JSON metadata for <c>" + SourceWriter.Escape(cs.Replace("global::", string.Empty)) + "</c>.");
                w.Line("public " + Meta + ".JsonTypeInfo<" + cs + "> " + name + " => _" + name + " ??= (" + Meta + ".JsonTypeInfo<" + cs + ">)Options.GetTypeInfo(typeof(" + cs.TrimEnd('?') + (t.Nullable ? "?" : string.Empty) + "));");
                w.Line();
            }

            w.SummaryXml("Resolves metadata for <paramref name=\"type\"/> through the context's options.");
            w.Doc("<param name=\"type\">The type.</param>");
            w.Doc("<returns>The metadata, or null for types this context does not know.</returns>");
            w.Open("public override " + Meta + ".JsonTypeInfo? GetTypeInfo(global::System.Type type)");
            w.Line("Options.TryGetTypeInfo(type, out " + Meta + ".JsonTypeInfo? typeInfo);");
            w.Line("return typeInfo;");
            w.Close();
            w.Line();

            w.Open(Meta + ".JsonTypeInfo? " + Meta + ".IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, " + Json + ".JsonSerializerOptions options)");
            foreach (var t in types)
            {
                string cs = CsTypes.Write(t, api.Namespace);
                w.Open("if (type == typeof(" + cs + "))");
                w.Line("return Create_" + CsTypes.InfoName(t) + "(options);");
                w.Close();
            }

            w.Line("return null;");
            w.Close();
            w.Line();

            var names = SerializeHandlerEmitter.EmitPropertyNames(w, api);
            SerializeHandlerEmitter.EmitConverterInstances(w, api);
            foreach (var t in types)
            {
                EmitCreate(w, api, t);
                if (SerializeHandlerEmitter.HasHandler(t))
                {
                    SerializeHandlerEmitter.EmitHandler(w, api, t, names);
                }
            }

            EmitRuntimeConverterLookup(w);
            foreach (var e in api.Enums)
            {
                EnumConverterEmitter.Emit(w, api, e);
            }

            foreach (var u in api.Unions)
            {
                EmitUnionConverter(w, api, u);
            }

            w.Close();
            w.Close();
            return SourceWriter.Header + w;
        }

        /// <summary>Every CLR type the models, operations and examples need metadata for, dependencies included.</summary>
        private static List<CsType> CollectTypes(ApiModel api)
        {
            var result = new List<CsType>();
            var seen = new HashSet<string>();
            void Add(CsType? type)
            {
                if (type == null)
                {
                    return;
                }

                type = CsTypes.Clr(type);
                if (!seen.Add(CsTypes.InfoName(type)))
                {
                    return;
                }

                if (type.Nullable)
                {
                    Add(type.AsNonNullable());
                }

                if (type.Element != null)
                {
                    Add(type.Element.AsNonNullable());
                    if (type.Kind == CsTypeKind.Dictionary)
                    {
                        Add(CsType.Primitive("String"));
                    }
                }

                result.Add(type);
            }

            foreach (var o in api.Objects)
            {
                Add(new CsType(CsTypeKind.Model, o.Name, null, false));
                foreach (var p in o.Properties)
                {
                    Add(p.Type);
                }
            }

            foreach (var e in api.Enums)
            {
                Add(new CsType(CsTypeKind.Enum, e.Name, null, false));
            }

            foreach (var u in api.Unions)
            {
                Add(new CsType(CsTypeKind.Union, u.Name, null, false));
                foreach (var v in u.Variants)
                {
                    Add(v.Type);
                }
            }

            foreach (var op in api.Operations)
            {
                Add(op.ResponseType);
                Add(op.Body?.Type);
            }

            foreach (var ex in api.Examples)
            {
                Add(ex.Type);
            }

            return result;
        }

        private static void EmitCreate(SourceWriter w, ApiModel api, CsType t)
        {
            string cs = CsTypes.Write(t, api.Namespace);
            string name = CsTypes.InfoName(t);
            w.Open("private " + Meta + ".JsonTypeInfo<" + cs + "> Create_" + name + "(" + Json + ".JsonSerializerOptions options)");
            w.Open("if (!TryGetTypeInfoForRuntimeCustomConverter<" + cs + ">(options, out " + Meta + ".JsonTypeInfo<" + cs + ">? jsonTypeInfo))");
            if (t.Nullable)
            {
                w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateValueInfo<" + cs + ">(options, " + Meta + ".JsonMetadataServices.GetNullableConverter<" + CsTypes.Write(t.AsNonNullable(), api.Namespace) + ">(options));");
            }
            else
            {
                switch (t.Kind)
                {
                    case CsTypeKind.Primitive:
                        w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateValueInfo<" + cs + ">(options, " + Meta + ".JsonMetadataServices." + t.Name + "Converter);");
                        break;
                    case CsTypeKind.Enum:
                    case CsTypeKind.Union:
                        w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateValueInfo<" + cs + ">(options, new " + t.Name + "JsonConverter());");
                        break;
                    case CsTypeKind.List:
                        string element = CsTypes.Write(t.Element!.AsNonNullable(), api.Namespace);
                        w.Open("var info = new " + Meta + ".JsonCollectionInfoValues<" + cs + ">");
                        w.Line("ObjectCreator = () => new " + cs + "(),");
                        w.Line("SerializeHandler = " + SerializeHandlerEmitter.HandlerName(t) + ",");
                        w.Close(";");
                        w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateListInfo<" + cs + ", " + element + ">(options, info);");
                        break;
                    case CsTypeKind.Dictionary:
                        string value = CsTypes.Write(t.Element!.AsNonNullable(), api.Namespace);
                        w.Open("var info = new " + Meta + ".JsonCollectionInfoValues<" + cs + ">");
                        w.Line("ObjectCreator = () => new " + cs + "(),");
                        w.Line("SerializeHandler = " + SerializeHandlerEmitter.HandlerName(t) + ",");
                        w.Close(";");
                        w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateDictionaryInfo<" + cs + ", string, " + value + ">(options, info);");
                        break;
                    case CsTypeKind.Model:
                        w.Open("var info = new " + Meta + ".JsonObjectInfoValues<" + cs + ">");
                        w.Line("ObjectCreator = () => new " + cs + "(),");
                        w.Line("ObjectWithParameterizedConstructorCreator = null,");
                        w.Line("PropertyMetadataInitializer = _ => " + name + "Properties(options),");
                        w.Line("ConstructorParameterMetadataInitializer = null,");
                        w.Line("SerializeHandler = " + SerializeHandlerEmitter.HandlerName(t) + ",");
                        w.Close(";");
                        w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateObjectInfo<" + cs + ">(options, info);");
                        w.Line("jsonTypeInfo.NumberHandling = null;");
                        break;
                }
            }

            w.Close();
            w.Line("jsonTypeInfo.OriginatingResolver = this;");
            w.Line("return jsonTypeInfo;");
            w.Close();
            w.Line();

            if (t.Kind == CsTypeKind.Model && !t.Nullable)
            {
                EmitProperties(w, api, api.Objects.First(o => o.Name == t.Name));
            }
        }

        private static void EmitProperties(SourceWriter w, ApiModel api, ObjectModel model)
        {
            string owner = "global::" + api.Namespace + "." + model.Name;
            w.Open("private static " + Meta + ".JsonPropertyInfo[] " + model.Name + "Properties(" + Json + ".JsonSerializerOptions options)");
            w.Line("var properties = new " + Meta + ".JsonPropertyInfo[" + model.Properties.Count + "];");
            for (int i = 0; i < model.Properties.Count; i++)
            {
                var p = model.Properties[i];
                string type = CsTypes.Write(p.Type, api.Namespace);
                string ignore = p.Required ? "null" : Json + ".Serialization.JsonIgnoreCondition.WhenWritingNull";
                w.Open("var info" + i + " = new " + Meta + ".JsonPropertyInfoValues<" + type + ">");
                w.Line("IsProperty = true,");
                w.Line("IsPublic = true,");
                w.Line("IsVirtual = false,");
                w.Line("DeclaringType = typeof(" + owner + "),");
                w.Line("Converter = null,");
                w.Line("Getter = obj => ((" + owner + ")obj).P,".Replace(".P,", "." + p.Name + ","));
                w.Line("Setter = (obj, value) => ((" + owner + ")obj)." + p.Name + " = value" + (p.Type.Nullable || CsTypes.IsValueType(p.Type) ? string.Empty : "!") + ",");
                w.Line("IgnoreCondition = " + ignore + ",");
                w.Line("HasJsonInclude = false,");
                w.Line("IsExtensionData = false,");
                w.Line("NumberHandling = null,");
                w.Line("PropertyName = " + SourceWriter.Literal(p.Name) + ",");
                w.Line("JsonPropertyName = " + SourceWriter.Literal(p.WireName) + ",");
                w.Close(";");
                w.Line("properties[" + i + "] = " + Meta + ".JsonMetadataServices.CreatePropertyInfo<" + type + ">(options, info" + i + ");");
                if (p.Required)
                {
                    w.Line("properties[" + i + "].IsRequired = true;");
                }
            }

            w.Line("return properties;");
            w.Close();
            w.Line();
        }

        /// <summary>Converters registered at run time in the caller's options win, as in STJ's own output.</summary>
        private static void EmitRuntimeConverterLookup(SourceWriter w)
        {
            w.Open("private static bool TryGetTypeInfoForRuntimeCustomConverter<T>(" + Json + ".JsonSerializerOptions options, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + Meta + ".JsonTypeInfo<T>? jsonTypeInfo)");
            w.Open("foreach (var candidate in options.Converters)");
            w.Open("if (candidate is not null && candidate.CanConvert(typeof(T)))");
            w.Line(Json + ".Serialization.JsonConverter converter = candidate;");
            w.Open("if (candidate is " + Json + ".Serialization.JsonConverterFactory factory)");
            w.Line("converter = factory.CreateConverter(typeof(T), options) ?? throw new global::System.InvalidOperationException(\"The converter factory '\" + factory.GetType() + \"' returned null for '\" + typeof(T) + \"'.\");");
            w.Close();
            w.Line("jsonTypeInfo = " + Meta + ".JsonMetadataServices.CreateValueInfo<T>(options, converter);");
            w.Line("return true;");
            w.Close();
            w.Close();
            w.Line("jsonTypeInfo = null;");
            w.Line("return false;");
            w.Close();
            w.Line();
        }

        private static void EmitUnionConverter(SourceWriter w, ApiModel api, UnionModel u)
        {
            string t = "global::" + api.Namespace + "." + u.Name;
            w.Open("private sealed class " + u.Name + "JsonConverter : " + Json + ".Serialization.JsonConverter<" + t + ">");
            w.Open("public override " + t + " Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
            w.Line("return new " + t + "(" + Json + ".JsonElement.ParseValue(ref reader));");
            w.Close();
            w.Line();
            w.Open("public override void Write(" + Json + ".Utf8JsonWriter writer, " + t + " value, " + Json + ".JsonSerializerOptions options)");
            w.Line("value.Value.WriteTo(writer);");
            w.Close();
            w.Close();
            w.Line();
        }
    }
}
