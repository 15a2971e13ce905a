using System;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Which evidence names its error only on a line about the network (<see cref="LineContext.Allows(bool)"/>): the one
/// place that decides it, for every recognizer.
/// </summary>
internal static class ContextRules
{
    /// <summary>An errno number (errno 13, SocketException (13) on Linux): any system call reports one.</summary>
    public static bool ForErrnoNumber => true;

    /// <summary>A system message, whole or cut: Windows prints it for this code only.</summary>
    public static bool ForSystemMessage => false;

    /// <summary>
    /// A WSA name or an alias always names its error. An errno name does when it is the code's winsock2.h pair and file
    /// systems do not use it too (ECONNRESET); otherwise (EACCES, or ENOENT that .NET maps to WSAEADDRNOTAVAIL) only on a
    /// line about the network.
    /// </summary>
    public static bool ForName(string name, WsaErrorInfo entry)
    {
        if (name.StartsWith("WSA", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return LogWordings.IsSharedWithFileSystems(entry.Code) || !entry.IsHeaderName(name.AsSpan());
    }

    /// <summary>
    /// A wording or a strerror text: when the data says so ("Permission denied" on a line about a file), or when file
    /// systems report the code's errno too.
    /// </summary>
    public static bool ForWording(bool dataSays, int code) => dataSays || LogWordings.IsSharedWithFileSystems(code);
}
