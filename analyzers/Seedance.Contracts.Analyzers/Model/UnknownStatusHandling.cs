namespace Seedance.Contracts.Analyzers.Model
{
    /// <summary>How members of kind Unknown (the catch-all for wire values the client does not know) are treated.</summary>
    internal enum UnknownStatusHandling
    {
        /// <summary>Default: Unknown is an ordinary non-failure member, required by SDC002 when there is no default.</summary>
        Other,

        /// <summary>Unknown must be named explicitly like a failure member (SDC001).</summary>
        Failure,

        /// <summary>Unknown is never required by SDC001 or SDC002.</summary>
        Ignore,
    }
}
