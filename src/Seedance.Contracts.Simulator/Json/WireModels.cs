using System.Text.Json.Serialization;

namespace Seedance.Contracts.Simulator.Json;

// The simulator's own wire shapes, written from the spec (it must not depend on the generated models:
// it is the independent provider side of the contract).

/// <summary><c>task-detail_1</c>: task + generated.</summary>
internal sealed class TaskDetailWire
{
    [JsonPropertyName("task_id")]
    public required Guid TaskId { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("generated")]
    public required IReadOnlyList<string> Generated { get; init; }
}

/// <summary><c>_v1_ai_text_to_image_hyperflux_post_200_response</c>: the <c>{data}</c> envelope of one task.</summary>
internal sealed class TaskDetailResponseWire
{
    [JsonPropertyName("data")]
    public required TaskDetailWire Data { get; init; }
}

/// <summary><c>task</c>: one list entry.</summary>
internal sealed class TaskSummaryWire
{
    [JsonPropertyName("task_id")]
    public required Guid TaskId { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }
}

/// <summary><c>get_all_style_transfer_tasks_200_response</c>: the list envelope.</summary>
internal sealed class TaskListResponseWire
{
    [JsonPropertyName("data")]
    public required IReadOnlyList<TaskSummaryWire> Data { get; init; }
}

/// <summary>The <c>{message}</c> body of 400/401/404/500/503 responses.</summary>
internal sealed class MessageWire
{
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
