using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Seedance.Contracts.Analyzers.Tests.Infrastructure;

/// <summary>
/// Offline references: the .NET reference pack the SDK ships (falling back to the running shared framework),
/// instead of ReferenceAssemblies.Net.* which would download a package at test time.
/// </summary>
internal static class References
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);
    private static readonly Lazy<MetadataReference> StatusAssembly = new(EmitStatusAssembly);

    /// <summary>No package to resolve: the framework comes in through <see cref="Net"/>.</summary>
    public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net10.0");

    public static ImmutableArray<MetadataReference> Net => Framework.Value;

    /// <summary>The marker attributes and MagnificTaskStatus compiled into a separate assembly (the metadata case).</summary>
    public static MetadataReference StatusMetadata => StatusAssembly.Value;

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packRoot = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var refDirectory = Directory.Exists(packRoot)
            ? Directory.GetDirectories(packRoot)
                .Select(version => Path.Combine(version, "ref", "net" + Environment.Version.ToString(2)))
                .Where(Directory.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        var files = refDirectory != null
            ? Directory.GetFiles(refDirectory, "*.dll")
            : new[] { "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Collections.dll", "System.Linq.dll", "netstandard.dll" }
                .Select(name => Path.Combine(runtimeDirectory, name)).ToArray();
        return files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToImmutableArray();
    }

    private static MetadataReference EmitStatusAssembly()
    {
        var compilation = CSharpCompilation.Create(
            "Seedance.Contracts.TestStatus",
            new[] { CSharpSyntaxTree.ParseText(StatusSources.All, new CSharpParseOptions(LanguageVersion.Latest)) },
            Framework.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("Status assembly did not compile: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
