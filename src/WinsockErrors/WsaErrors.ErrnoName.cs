using System;
using System.Collections.Generic;

namespace WinsockErrors;

public static partial class WsaErrors
{
    private static KeyValuePair<string, int>[]? s_errnoNames;

    /// <summary>
    /// Finds the Winsock code a POSIX errno name stands for: the one winsock2.h pairs it with first (ECONNRESET gives
    /// WSAECONNRESET), then the one .NET maps it to (EAGAIN gives WSAEWOULDBLOCK, EPIPE WSAESHUTDOWN, ECANCELED
    /// WSA_OPERATION_ABORTED); ASCII case is ignored.
    /// </summary>
    /// <returns>The entry, or <see langword="null"/> for a name no code stands for.</returns>
    /// <remarks>The same rule orders <see cref="FromErrno(int, ErrnoPlatform)"/> for errno numbers.</remarks>
    public static WsaErrorInfo? FromErrnoName(ReadOnlySpan<char> name)
    {
        var index = IndexOfErrnoName(name);
        return index < 0 ? null : EntryAt(index);
    }

    /// <summary>The table comes from the generator, with the winsock2.h pairs first; it is built on first use.</summary>
    private static int IndexOfErrnoName(ReadOnlySpan<char> name) => IndexIn(s_errnoNames ??= CreateErrnoNames(), name);
}
