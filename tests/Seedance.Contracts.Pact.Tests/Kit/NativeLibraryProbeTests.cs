using Seedance.Contracts.Pact.Interop;
using Seedance.Contracts.Pact.Tests.Support;

namespace Seedance.Contracts.Pact.Tests.Kit;

/// <summary>
/// The resolver's probing order and its error message. The probe function is exercised directly with fake
/// loaders, so the process-wide resolver (and the real engine other tests use) is never disturbed.
/// </summary>
public sealed class NativeLibraryProbeTests : IDisposable
{
    private readonly TempPactDir baseDir = new();

    public void Dispose() => baseDir.Dispose();

    [Fact]
    public void When_nothing_loads_the_error_lists_every_path_tried_with_rid_and_architecture()
    {
        const string bogus = "/nonexistent/seedance/libpact_ffi.so";

        var act = () => PactNativeLibrary.Probe(bogus, baseDir.Path, "linux-x64", "libpact_ffi.so",
            _ => (false, IntPtr.Zero, "unexpected"), () => (false, IntPtr.Zero, null));

        var error = act.Should().Throw<PactNativeLibraryNotFoundException>().Which;
        error.PathsTried.Should().HaveCount(3);
        error.PathsTried[0].Should().Be($"SEEDANCE_PACT_FFI_PATH={bogus} (file does not exist)");
        error.PathsTried[1].Should().Be(Path.Combine(baseDir.Path, "runtimes", "linux-x64", "native", "libpact_ffi.so") + " (file does not exist)");
        error.PathsTried[2].Should().StartWith("default probing for 'pact_ffi'");
        error.Message.Should().Contain("Runtime identifier: linux-x64")
            .And.Contain("process architecture: " + System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture)
            .And.Contain(bogus)
            .And.Contain("SEEDANCE_PACT_FFI_PATH");
    }

    [Fact]
    public void The_explicit_path_wins_over_the_copy_beside_the_app()
    {
        string explicitFile = CreateFile("explicit", "libpact_ffi.so");
        CreateFile(Path.Combine("runtimes", "linux-x64", "native"), "libpact_ffi.so");
        var loaded = new List<string>();

        var handle = PactNativeLibrary.Probe(explicitFile, baseDir.Path, "linux-x64", "libpact_ffi.so",
            path => { loaded.Add(path); return (true, new IntPtr(7), null); }, () => (false, IntPtr.Zero, null));

        handle.Should().Be(new IntPtr(7));
        loaded.Should().Equal(explicitFile);
    }

    [Fact]
    public void Without_an_explicit_path_the_copy_under_runtimes_rid_native_is_loaded()
    {
        string local = CreateFile(Path.Combine("runtimes", "linux-x64", "native"), "libpact_ffi.so");

        var handle = PactNativeLibrary.Probe(null, baseDir.Path, "linux-x64", "libpact_ffi.so",
            path => path == local ? (true, new IntPtr(9), null) : (false, IntPtr.Zero, "wrong"), () => (false, IntPtr.Zero, null));

        handle.Should().Be(new IntPtr(9));
    }

    [Fact]
    public void A_file_that_exists_but_fails_to_load_is_reported_with_the_loader_error()
    {
        string broken = CreateFile("broken", "libpact_ffi.so");

        var act = () => PactNativeLibrary.Probe(broken, baseDir.Path, "linux-x64", "libpact_ffi.so",
            _ => (false, IntPtr.Zero, "invalid ELF header"), () => (false, IntPtr.Zero, null));

        act.Should().Throw<PactNativeLibraryNotFoundException>()
            .Which.PathsTried[0].Should().Be($"SEEDANCE_PACT_FFI_PATH={broken} (exists but failed to load: invalid ELF header)");
    }

    [Fact]
    public void Default_probing_is_the_last_resort()
    {
        var handle = PactNativeLibrary.Probe(null, baseDir.Path, "linux-x64", "libpact_ffi.so",
            _ => (false, IntPtr.Zero, null), () => (true, new IntPtr(11), null));

        handle.Should().Be(new IntPtr(11));
    }

    [Fact]
    public void The_current_process_resolves_to_the_linux_x64_file_name_and_rid_on_this_machine()
    {
        PactNativeLibrary.CurrentRuntimeIdentifier.Should().Be("linux-x64");
        PactNativeLibrary.CurrentFileName.Should().Be("libpact_ffi.so");
    }

    private string CreateFile(string relativeDir, string name)
    {
        string folder = Path.Combine(baseDir.Path, relativeDir);
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, name);
        File.WriteAllText(file, "not a real library");
        return file;
    }
}
