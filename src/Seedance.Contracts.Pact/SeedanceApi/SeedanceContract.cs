namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>Fixed facts of the Magnific Seedance 2.0 Mini contract that consumer pacts and the verifier share.</summary>
public static class SeedanceContract
{
    /// <summary>The provider name pacts are written for and verified against.</summary>
    public const string ProviderName = "magnific-seedance-2-mini";

    /// <summary>The API key header (exact name, part of the contract).</summary>
    public const string ApiKeyHeader = "x-magnific-api-key";

    /// <summary>The example key recorded in pacts; the verifier's provider must accept exactly this key.</summary>
    public const string ExampleApiKey = "pact-example-api-key";

    /// <summary>A key the provider must reject with 401 "Invalid API key".</summary>
    public const string InvalidApiKey = "pact-invalid-api-key";

    /// <summary>Operation ids of the family spec, as the examples catalog names them.</summary>
    public static class Operations
    {
        /// <summary><c>GET /v1/ai/video/seedance-2-mini/{task-id}</c>.</summary>
        public const string GetTask = "get_seedance_2_mini_task";

        /// <summary><c>POST /v1/ai/video/seedance-2-mini-480p</c>.</summary>
        public const string Create480p = "create_video_seedance_2_mini_480p";

        /// <summary><c>POST /v1/ai/video/seedance-2-mini-720p</c>.</summary>
        public const string Create720p = "create_video_seedance_2_mini_720p";

        /// <summary><c>GET /v1/ai/video/seedance-2-mini-480p</c>.</summary>
        public const string List480p = "get_all_seedance_2_mini_480p_tasks";

        /// <summary><c>GET /v1/ai/video/seedance-2-mini-720p</c>.</summary>
        public const string List720p = "get_all_seedance_2_mini_720p_tasks";

        /// <summary><c>GET /v1/ai/video/seedance-2-mini</c>.</summary>
        public const string ListAll = "get_seedance_2_mini_tasks";
    }

    /// <summary>Request paths of the family.</summary>
    public static class Paths
    {
        /// <summary>The 480p collection (create, list).</summary>
        public const string Mini480p = "/v1/ai/video/seedance-2-mini-480p";

        /// <summary>The 720p collection (create, list).</summary>
        public const string Mini720p = "/v1/ai/video/seedance-2-mini-720p";

        /// <summary>All tasks of the family (list).</summary>
        public const string Family = "/v1/ai/video/seedance-2-mini";

        /// <summary>One task by id.</summary>
        /// <param name="taskId">The task id (escaped here).</param>
        public static string Task(string taskId) => $"{Family}/{Uri.EscapeDataString(taskId)}";
    }
}
