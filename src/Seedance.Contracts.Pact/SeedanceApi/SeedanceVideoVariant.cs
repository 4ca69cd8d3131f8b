namespace Seedance.Contracts.Pact.SeedanceApi;

/// <summary>Which Seedance 2.0 Mini collection an interaction targets.</summary>
public enum SeedanceVideoVariant
{
    /// <summary>480p tasks.</summary>
    Mini480p,

    /// <summary>720p tasks.</summary>
    Mini720p,
}
