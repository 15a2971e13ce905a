using System;
using System.Collections.Generic;
using System.Net.Sockets;

namespace WinsockErrors;

public static partial class WsaErrors
{
    private const string SocketErrorPrefix = "SocketError.";

    private static KeyValuePair<string, int>[]? s_socketErrorNames;

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

}
