namespace WinsockErrors.Cli;

/// <summary>The process exit codes <c>wsaerr</c> returns.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was found.</summary>
    public const int Found = 0;

    /// <summary>Something asked for was not found (the other queries are still answered).</summary>
    public const int NotFound = 1;

    /// <summary>The command line is wrong: an unknown option, a missing or bad argument, an unreadable file.</summary>
    public const int Usage = 2;

    /// <summary>The tool itself failed: reading an input broke off midway, or a bug.</summary>
    public const int Failed = 3;
}
