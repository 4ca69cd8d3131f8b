using Microsoft.Extensions.Hosting;

namespace Seedance.Contracts.Simulator.Hosting;

/// <summary>
/// An embedded simulator must not grab Ctrl+C or SIGTERM from the process hosting it (a test run, the
/// sample): its owner stops it by disposing it.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
