namespace Sitrep.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>Some items failed and were reported on stderr; the others were processed.</summary>
    public const int SomeFailed = 1;

    /// <summary>Nothing was processed: every item failed, or the command line was wrong.</summary>
    public const int Failed = 2;
}
