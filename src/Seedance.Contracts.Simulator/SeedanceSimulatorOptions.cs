using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Seedance.Contracts.Simulator.Tasks;

namespace Seedance.Contracts.Simulator;

/// <summary>Settings of a <see cref="SeedanceSimulator"/>. All have defaults suitable for tests on loopback.</summary>
public sealed class SeedanceSimulatorOptions
{
    /// <summary>The key accepted when <see cref="ApiKey"/> is not changed. It is a fake, public test value.</summary>
    public const string DefaultApiKey = "seedance-simulator-key";

    /// <summary>Prompt marker (case-insensitive) that makes a created task end FAILED.</summary>
    public const string FailMarker = "[fail]";

    /// <summary>Prompt marker (case-insensitive) that makes a created task end COMPLETED, whatever <see cref="DefaultOutcome"/> says.</summary>
    public const string CompleteMarker = "[complete]";

    /// <summary>The value of <c>x-magnific-api-key</c> the simulator accepts. Default <see cref="DefaultApiKey"/>.</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>
    /// Address(es) to listen on, separated by <c>;</c> as in ASP.NET Core's <c>--urls</c>.
    /// Default <c>http://127.0.0.1:0</c> (loopback, a free port chosen by the OS).
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Clock for time-driven progressions, timestamps and response delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How a created task ends when neither a prompt marker nor a queued script decides. Default <see cref="SimulatedOutcome.Complete"/>.</summary>
    public SimulatedOutcome DefaultOutcome { get; set; } = SimulatedOutcome.Complete;

    /// <summary>Schedule of created tasks. Default: 1 poll CREATED, 2 polls IN_PROGRESS, then terminal.</summary>
    public TaskProgression DefaultProgression { get; set; } = TaskProgression.ByPollCount(createdPolls: 1, inProgressPolls: 2);

    /// <summary>Makes ids for created tasks (e.g. deterministic ones for pact files). Default <see cref="Guid.NewGuid"/>.</summary>
    public Func<Guid>? TaskIdFactory { get; set; }

    /// <summary>
    /// URLs a completed task reports when its script names none. Default: one
    /// <c>https://cdn.simulator.invalid/seedance-2-mini/{task-id}.mp4</c> (a reserved, never-resolving domain).
    /// </summary>
    public Func<Guid, IReadOnlyList<Uri>>? GeneratedUrlFactory { get; set; }

    /// <summary>Maps extra endpoints (e.g. a Pact provider-state endpoint) next to the API. They are not behind API-key checks or faults.</summary>
    public Action<IEndpointRouteBuilder>? ConfigureEndpoints { get; set; }

    /// <summary>Configures logging; by default the simulator logs nothing. Request headers (the key) are never logged by the simulator.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    /// <summary>How many answered requests <see cref="SimulatorControl.GetRequestLog"/> keeps (newest). Default 10 000; the count is kept beyond it.</summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    internal IReadOnlyList<Uri> DefaultGeneratedUrls(Guid taskId) =>
        GeneratedUrlFactory?.Invoke(taskId) ?? [new Uri($"https://cdn.simulator.invalid/seedance-2-mini/{taskId:D}.mp4")];

    internal void Validate()
    {
        if (string.IsNullOrEmpty(ApiKey))
        {
            throw new ArgumentException("SeedanceSimulatorOptions.ApiKey must not be empty.", nameof(ApiKey));
        }

        if (string.IsNullOrWhiteSpace(Urls))
        {
            throw new ArgumentException("SeedanceSimulatorOptions.Urls must name at least one address.", nameof(Urls));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(DefaultProgression);
    }
}
