namespace Seedance.Contracts.Simulator.Tasks;

/// <summary>The Seedance 2.0 Mini create endpoint a task belongs to (decides which list shows it).</summary>
public enum SeedanceVariant
{
    /// <summary>Created through <c>POST /v1/ai/video/seedance-2-mini-480p</c>.</summary>
    Mini480p,

    /// <summary>Created through <c>POST /v1/ai/video/seedance-2-mini-720p</c>.</summary>
    Mini720p,
}
