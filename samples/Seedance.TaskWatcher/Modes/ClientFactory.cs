using Seedance.Contracts;

namespace Seedance.TaskWatcher.Modes;

/// <summary>Builds generated clients with the polling schedule each mode wants.</summary>
internal static class ClientFactory
{
    /// <summary>Fast, fixed 200 ms polls: the simulator answers instantly, so the demo ends in seconds.</summary>
    public static MagnificClient ForSimulator(Uri baseAddress, string? apiKey, bool allowMissingApiKey = false) =>
        new(new MagnificClientOptions
        {
            BaseAddress = baseAddress,
            ApiKey = apiKey,
            AllowMissingApiKey = allowMissingApiKey,
            Polling = new TaskPollingOptions
            {
                InitialDelay = TimeSpan.FromMilliseconds(200),
                BackoffFactor = 1,
                MaxDelay = TimeSpan.FromMilliseconds(200),
                Jitter = 0,
                Timeout = TimeSpan.FromSeconds(30),
            },
        });

    /// <summary>Backing-off polls for real generation tasks, which take minutes.</summary>
    public static MagnificClient ForRealApi(Uri? baseAddress, string apiKey, TimeSpan initialInterval, TimeSpan timeout) =>
        new(new MagnificClientOptions
        {
            BaseAddress = baseAddress ?? MagnificClientOptions.DefaultBaseAddress,
            ApiKey = apiKey,
            Polling = new TaskPollingOptions
            {
                InitialDelay = initialInterval,
                BackoffFactor = 1.5,
                MaxDelay = TimeSpan.FromSeconds(15) > initialInterval ? TimeSpan.FromSeconds(15) : initialInterval,
                Jitter = 0.1,
                Timeout = timeout,
            },
        });
}
