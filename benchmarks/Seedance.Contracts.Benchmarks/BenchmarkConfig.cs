using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Seedance.Contracts.Benchmarks;

/// <summary>
/// A short but sound job: one launch, 5 warm-up and 20 measured iterations (ShortRun has only 3, too few
/// for stable means on a loaded 2-core machine), so the whole suite runs in a few minutes.
/// </summary>
/// <remarks>
/// The benchmarks run in this process (in-process emit toolchain) rather than in a freshly built child
/// project: BenchmarkDotNet's child build recompiles the runtime, generator and analyzers into their shared
/// obj/ folders (slow on 2 cores and racing other builds of the same projects). Nothing here needs a
/// per-job runtime setting, and the simulator the poll benchmark talks to is a separate process anyway.
/// <c>SEEDANCE_BENCH_DRY=1</c> runs each benchmark once (a smoke test of the setup, not a measurement).
/// </remarks>
public static class BenchmarkConfig
{
    /// <summary>The job every benchmark here runs with.</summary>
    /// <returns>The configuration.</returns>
    public static IConfig Create()
    {
        Job job = Environment.GetEnvironmentVariable("SEEDANCE_BENCH_DRY") == "1"
            ? Job.Dry.WithId("Dry")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(20).WithId("Short20");
        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
