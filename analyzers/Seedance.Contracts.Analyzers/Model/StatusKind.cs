namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>Mirror of the runtime's <c>Seedance.Contracts.TaskStatusKind</c> (same numeric values).</summary>
    internal enum StatusKind
    {
        Pending = 0,
        Succeeded = 1,
        Failed = 2,
        Unknown = 3,
    }
}
