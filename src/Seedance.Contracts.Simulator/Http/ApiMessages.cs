namespace Seedance.Contracts.Simulator.Http;

/// <summary>The exact <c>message</c> texts of error bodies, taken from the spec's examples.</summary>
internal static class ApiMessages
{
    public const string MissingApiKey = "Missing API key";
    public const string InvalidApiKey = "Invalid API key";

    /// <summary>The spec's <c>generic_not_found</c> 404 example.</summary>
    public const string NotFound = "Not found";

    public const string InternalServerError = "Internal Server Error";
    public const string ServiceUnavailable = "Service Unavailable. Please try again later.";
}
