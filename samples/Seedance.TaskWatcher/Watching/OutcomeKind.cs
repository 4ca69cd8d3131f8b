namespace Seedance.TaskWatcher.Watching;

/// <summary>How watching one task (or one demo step) ended.</summary>
internal enum OutcomeKind
{
    Completed,
    Failed,
    Authentication,
    NotFound,
    ServerError,
    Timeout,
    OtherApiError,
}
