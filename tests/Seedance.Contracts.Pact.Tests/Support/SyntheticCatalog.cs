namespace Seedance.Contracts.Pact.Tests.Support;

/// <summary>
/// A small examples catalog in the generated catalog's shape, with values deliberately different from the
/// spec's, so kit tests show the interactions come from whatever catalog they are given.
/// </summary>
internal static class SyntheticCatalog
{
    public const string TaskId = "7d3c5a8e-1f2b-4c6d-9e0a-b1c2d3e4f5a6";
    public const string GeneratedUrl = "https://example.test/video.mp4";

    public static IReadOnlyList<SpecExample> Examples { get; } = Build();

    private static List<SpecExample> Build()
    {
        var list = new List<SpecExample>();
        foreach (var op in new[] { "get_seedance_2_mini_task", "create_video_seedance_2_mini_480p", "create_video_seedance_2_mini_720p" })
        {
            foreach (var status in new[] { "CREATED", "IN_PROGRESS", "COMPLETED", "FAILED" })
            {
                string generated = status == "COMPLETED" ? $"[\"{GeneratedUrl}\"]" : "[]";
                list.Add(new SpecExample(op, 200, "application/json", $"synthetic {status}", null,
                    $"{{\"data\":{{\"generated\":{generated},\"task_id\":\"{TaskId}\",\"status\":\"{status}\"}}}}"));
            }
        }

        list.Add(new SpecExample("get_seedance_2_mini_task", 401, "application/json", "invalid_api_key", null, "{\"message\":\"synthetic invalid\"}"));
        list.Add(new SpecExample("get_seedance_2_mini_task", 401, "application/json", "missing_api_key", null, "{\"message\":\"synthetic missing\"}"));
        list.Add(new SpecExample("get_seedance_2_mini_task", 404, "application/json", "ai_resource_not_found", null, "{\"message\":\"synthetic not found\"}"));
        return list;
    }
}
