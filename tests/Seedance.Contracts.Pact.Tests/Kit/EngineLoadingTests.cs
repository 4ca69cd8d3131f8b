using Seedance.Contracts.Pact.Interop;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>The build put the pinned engine where the resolver looks, and the process-wide setup ran.</summary>
public sealed class EngineLoadingTests
{
    [Fact]
    public void The_loaded_engine_is_the_pinned_pact_ffi_0_5_8()
    {
        PactEngine.Version.Should().Be("0.5.8");
    }

    [Fact]
    public void The_engine_library_was_copied_under_runtimes_rid_native()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libpact_ffi.so")).Should().BeTrue();
    }

    [Fact]
    public void Usage_tracking_is_switched_off_once_the_engine_is_initialised()
    {
        PactEngine.EnsureInitialized();

        Environment.GetEnvironmentVariable("PACT_DO_NOT_TRACK").Should().Be("true");
    }
}
