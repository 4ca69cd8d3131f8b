namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>
/// Provider-state names and parameter names shared by consumer pacts and the provider's state handler.
/// Names are fixed templates; the values travel as parameters (strings stay strings).
/// </summary>
public static class SeedanceProviderStates
{
    /// <summary>The provider accepts the key in parameter <see cref="Params.ApiKey"/>.</summary>
    public const string ValidApiKey = "a valid API key";

    /// <summary>A task exists. Parameters: <see cref="Params.TaskId"/>, <see cref="Params.Status"/> (wire value), optional <see cref="Params.Variant"/>.</summary>
    public const string TaskExists = "a task with id {taskId} exists with status {status}";

    /// <summary>No task has the id in parameter <see cref="Params.TaskId"/>.</summary>
    public const string TaskMissing = "no task with id {taskId} exists";

    /// <summary>Every API request fails with 500.</summary>
    public const string ProviderFailing = "the provider is failing";

    /// <summary>Every state name above, for a handler that wants to reject unknown ones.</summary>
    public static IReadOnlyList<string> All { get; } = [ValidApiKey, TaskExists, TaskMissing, ProviderFailing];

    /// <summary>Parameter names.</summary>
    public static class Params
    {
        /// <summary>The API key the provider must accept.</summary>
        public const string ApiKey = "apiKey";

        /// <summary>The task id (UUID text).</summary>
        public const string TaskId = "taskId";

        /// <summary>The task status wire value (<c>CREATED</c>, <c>IN_PROGRESS</c>, <c>COMPLETED</c>, <c>FAILED</c>).</summary>
        public const string Status = "status";

        /// <summary><c>480p</c> or <c>720p</c>: which collection lists the task (default 480p).</summary>
        public const string Variant = "variant";
    }

    /// <summary>The wire text of a variant parameter.</summary>
    /// <param name="variant">The variant.</param>
    public static string VariantValue(SeedanceVideoVariant variant) => variant == SeedanceVideoVariant.Mini720p ? "720p" : "480p";
}
