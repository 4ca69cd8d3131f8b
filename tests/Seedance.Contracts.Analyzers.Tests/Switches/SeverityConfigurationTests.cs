using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Seedance.Contracts.Analyzers.Tests.Infrastructure;
using static Seedance.Contracts.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace Seedance.Contracts.Analyzers.Tests.Switches;

public class SeverityConfigurationTests
{
    private const string Source = """
        using Seedance.Contracts;
        class C
        {
            int M(MagnificTaskStatus s) => s {|#0:switch|} { MagnificTaskStatus.Completed => 1, _ => 0 };
        }
        """;

    private static Task RunAsync(string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new StatusAnalyzerTest
        {
            TestCode = Source,
            ReferenceAssemblies = References.None,
        };
        Configure(test.TestState, StatusLocation.Source, null);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_can_turn_SDC001_off()
    {
        await RunAsync("dotnet_diagnostic.SDC001.severity = none\n");
    }
}
