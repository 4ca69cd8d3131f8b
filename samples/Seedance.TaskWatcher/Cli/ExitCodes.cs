namespace Seedance.TaskWatcher.Cli;

/// <summary>Process exit codes; the numbers are part of the tool's contract (documented in --help).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int TaskFailed = 1;
    public const int Authentication = 2;
    public const int NotFound = 3;
    public const int ServerError = 4;
    public const int Timeout = 5;
    public const int OtherApiError = 6;
    public const int Usage = 64;
    public const int Cancelled = 130;
}
