namespace Seedance.Contracts;

/// <summary>
/// Marks an enum as a task-status enum: generated from a spec's status values, with each member carrying
/// a <see cref="TaskStatusMemberAttribute"/>. The Seedance analyzers look for this attribute by metadata
/// name, so it works for enums declared in source and in referenced assemblies.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class TaskStatusEnumAttribute : Attribute
{
}
