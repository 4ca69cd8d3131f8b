using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace Seedance.Contracts.Generators.Tests.Infrastructure;

/// <summary>The seed page + family YAML generated once into namespace Test.Api, compiled and loaded.</summary>
public sealed class MagnificFixture
{
    public MagnificFixture()
    {
        Result = GeneratorHarness.Run(
            SpecFile.Fixture("seedance-2-mini-get-task.md"),
            SpecFile.Fixture("magnific-seedance-2-mini-family.openapi.yaml"));
        Assembly = Result.Load();
    }

    public GenerationResult Result { get; }

    public Assembly Assembly { get; }

    public Type Type(string name) => Assembly.GetType("Test.Api." + name, throwOnError: true)!;

    public object Context => Type("MagnificJsonContext").GetProperty("Default")!.GetValue(null)!;

    public JsonTypeInfo TypeInfo(string name) => (JsonTypeInfo)Context.GetType().GetProperty(name)!.GetValue(Context)!;

    public object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);
}
