using System;

namespace WinsockErrors.Cli;

/// <summary>Names the library's <see cref="WsaErrors.Find(string)"/> does not take: .NET's SocketError names and unpaired errno names.</summary>
internal static class NameIndex
{
    /// <summary>
    /// .NET on Linux and macOS stores its own EHOSTNOTFOUND, -(0x20001), in SocketException.ErrorCode when a host
    /// name is not found (the runtime's pal_error_common.h); it means WSAHOST_NOT_FOUND on every OS.
    /// </summary>
    public const int DotNetHostNotFound = -0x20001;

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
    public static WsaErrorInfo? FindSocketError(string name)
    {
        foreach (var entry in WsaErrors.All)
        {
            if (entry.SocketError is { } socketError && string.Equals(socketError.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Finds the entry an errno name stands for, the winsock2.h pair first (EAGAIN gives WSAEWOULDBLOCK, EPIPE WSAESHUTDOWN).</summary>
    public static WsaErrorInfo? FindErrno(string name)
    {
        WsaErrorInfo? mapped = null;
        foreach (var entry in WsaErrors.All)
        {
            foreach (var errno in entry.Errno)
            {
                if (string.Equals(errno.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    if (errno.IsWinsockPair)
                    {
                        return entry;
                    }

                    mapped ??= entry;
                }
            }
        }

        return mapped;
    }

    /// <summary>The entry of exactly this Winsock code, never a platform errno that happens to have the same number.</summary>
    public static WsaErrorInfo? FindCode(long code) =>
        code is >= 0 and <= int.MaxValue && WsaErrors.Find((int)code) is { } entry && entry.Code == code ? entry : null;
}
