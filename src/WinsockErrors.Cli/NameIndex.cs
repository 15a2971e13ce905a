using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli;

/// <summary>Names the library's <see cref="WsaErrors.Find(string)"/> does not take: .NET's SocketError names and unpaired errno names.</summary>
internal static class NameIndex
{
    private static readonly Dictionary<string, WsaErrorInfo> s_socketErrors = BuildSocketErrors();
    private static readonly Dictionary<string, WsaErrorInfo> s_errnoNames = BuildErrnoNames();

    /// <summary>Finds a macro name or alias, then a <see cref="System.Net.Sockets.SocketError"/> name, then an errno name.</summary>
    public static WsaErrorInfo? Find(string name)
    {
        if (WsaErrors.Find(name) is { } entry)
        {
            return entry;
        }

        var bare = name.StartsWith("SocketError.", StringComparison.OrdinalIgnoreCase) ? name["SocketError.".Length..] : name;
        return FindSocketError(bare) ?? FindErrno(name);
    }

    /// <summary>Finds the entry whose .NET <see cref="System.Net.Sockets.SocketError"/> member is named <paramref name="name"/> (ConnectionReset).</summary>
    public static WsaErrorInfo? FindSocketError(string name) => s_socketErrors.GetValueOrDefault(name);

    /// <summary>Finds the entry an errno name stands for, the winsock2.h pair first (EAGAIN gives WSAEWOULDBLOCK, EPIPE WSAESHUTDOWN).</summary>
    public static WsaErrorInfo? FindErrno(string name) => s_errnoNames.GetValueOrDefault(name);

    /// <summary>The entry of exactly this Winsock code, never a platform errno that happens to have the same number.</summary>
    public static WsaErrorInfo? FindCode(long code) =>
        code is >= int.MinValue and <= int.MaxValue && WsaErrors.IsDefined((WsaError)code) ? WsaErrors.Get((WsaError)code) : null;

    /// <summary>The 32 bits of a number read as an HRESULT: 0x80072746 and -2147014842 are the same one.</summary>
    public static int HResultOf(long number) => unchecked((int)(uint)(number & 0xFFFFFFFF));

    private static Dictionary<string, WsaErrorInfo> BuildSocketErrors()
    {
        var names = new Dictionary<string, WsaErrorInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in WsaErrors.All)
        {
            if (entry.SocketError is { } socketError)
            {
                names.TryAdd(socketError.ToString(), entry);
            }
        }

        return names;
    }

    private static Dictionary<string, WsaErrorInfo> BuildErrnoNames()
    {
        var names = new Dictionary<string, WsaErrorInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var paired in new[] { true, false })
        {
            foreach (var entry in WsaErrors.All)
            {
                foreach (var errno in entry.Errno)
                {
                    if (errno.IsWinsockPair == paired)
                    {
                        names.TryAdd(errno.Name, entry);
                    }
                }
            }
        }

        return names;
    }
}
