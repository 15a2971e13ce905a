using System;
using System.Collections.Generic;
using System.Net.Sockets;

namespace WinsockErrors;

public static partial class WsaErrors
{
    private const string SocketErrorPrefix = "SocketError.";

    private static KeyValuePair<string, int>[]? s_socketErrorNames;
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

    private static int IndexOfErrnoName(ReadOnlySpan<char> name) => IndexIn(s_errnoNames ??= BuildErrnoNames(), name);

    /// <summary>A <see cref="SocketError"/> member name, with or without <c>SocketError.</c> in front.</summary>
    private static int IndexOfSocketErrorName(ReadOnlySpan<char> name)
    {
        // Stryker disable once Equality : "SocketError." alone, cut to nothing, names nothing either way
        if (name.Length > SocketErrorPrefix.Length && AsciiText.EqualsIgnoreCase(name.Slice(0, SocketErrorPrefix.Length), SocketErrorPrefix))
        {
            name = name.Slice(SocketErrorPrefix.Length);
        }

        return IndexIn(s_socketErrorNames ??= BuildSocketErrorNames(), name);
    }

    private static int IndexIn(KeyValuePair<string, int>[] names, ReadOnlySpan<char> name)
    {
        foreach (var pair in names)
        {
            if (AsciiText.EqualsIgnoreCase(name, pair.Key))
            {
                return pair.Value;
            }
        }

        return -1;
    }

    internal static KeyValuePair<string, int>[] BuildSocketErrorNames()
    {
        var names = new List<KeyValuePair<string, int>>();
        for (var i = 0; i < EntryCount; i++)
        {
            if (EntryAt(i).SocketError is { } socketError)
            {
                names.Add(new KeyValuePair<string, int>(socketError.ToString(), i));
            }
        }

        return names.ToArray();
    }

    /// <summary>Every errno name with its entry, the winsock2.h pairs before the names only .NET maps.</summary>
    internal static KeyValuePair<string, int>[] BuildErrnoNames()
    {
        var names = new List<KeyValuePair<string, int>>();
        foreach (var paired in new[] { true, false })
        {
            for (var i = 0; i < EntryCount; i++)
            {
                foreach (var errno in EntryAt(i).Errno)
                {
                    if (errno.IsWinsockPair == paired)
                    {
                        names.Add(new KeyValuePair<string, int>(errno.Name, i));
                    }
                }
            }
        }

        return names.ToArray();
    }
}
