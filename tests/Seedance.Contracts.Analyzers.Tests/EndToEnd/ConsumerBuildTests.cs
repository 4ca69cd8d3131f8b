namespace Seedance.Contracts.Analyzers.Tests.EndToEnd;

/// <summary>Builds a real consumer with <c>dotnet build</c> against the runtime's generated MagnificTaskStatus.</summary>
public class ConsumerBuildTests
{
    private const string ForgetsFailed = """
        using Seedance.Contracts;

        namespace Consumer;

        public static class StatusText
        {
            public static string Describe(MagnificTaskStatus status)
            {
                switch (status)
                {
                    case MagnificTaskStatus.Completed:
                        return "done";
                    default:
                        return "waiting";
                }
            }
        }
        """;

    [Fact]
    public async Task Consumer_build_reports_SDC001_at_the_switch_and_not_once_failed_is_handled()
    {
        File.Exists(ConsumerProject.RuntimeAssembly).Should().BeTrue(
            "the end-to-end test uses the already-built runtime; build src/Seedance.Contracts -c Release first ({0})", ConsumerProject.RuntimeAssembly);
        using var consumer = ConsumerProject.Create();

        consumer.WriteSource("StatusText.cs", ForgetsFailed);
        var forgotten = await consumer.BuildAsync();
        forgotten.Should().Contain("StatusText.cs(9,9): warning SDC001: Switch does not explicitly handle failure status MagnificTaskStatus.Failed");

        // The MSBuild property reaches the analyzer through the runtime's CompilerVisibleProperty.
        var optedIn = await consumer.BuildAsync("-p:SeedanceDefaultHandlesFailure=true");
        optedIn.Should().NotContain("SDC001");

        var handlesFailed = ForgetsFailed.Replace(
            "            default:",
            "            case MagnificTaskStatus.Failed:\n                return \"failed\";\n            default:");
        handlesFailed.Should().Contain("case MagnificTaskStatus.Failed:");
        consumer.WriteSource("StatusText.cs", handlesFailed);
        var handled = await consumer.BuildAsync();
        handled.Should().NotContain("SDC001");
        handled.Should().Contain("Consumer.dll", "the build must actually have compiled the consumer");
    }
}
