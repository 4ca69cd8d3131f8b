namespace Seedance.Contracts.Pact;

/// <summary>The pact file format written (values are the engine's <c>PactSpecification</c> codes).</summary>
public enum PactSpecVersion
{
    /// <summary>Pact specification 3.0.0.</summary>
    V3 = 4,

    /// <summary>Pact specification 4.0 (the kit's default).</summary>
    V4 = 5,
}
