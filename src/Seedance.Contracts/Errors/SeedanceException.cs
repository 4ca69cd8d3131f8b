namespace Seedance.Contracts;

/// <summary>
/// The base of every exception the Seedance runtime throws. No Seedance exception ever contains the API key.
/// </summary>
public class SeedanceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SeedanceException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
