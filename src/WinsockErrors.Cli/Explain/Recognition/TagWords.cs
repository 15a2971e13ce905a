using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>The one table of tag words, which both the log scanner and the query parser read.</summary>
internal static class TagWords
{
    private static readonly Lazy<TagWord[]> s_table = new(Build);

    /// <summary>The table.</summary>
    public static IReadOnlyList<TagWord> Table => s_table.Value;

    /// <summary>
    /// Builds the table. In logs a longer word comes before a word it ends with (WSAGetLastError before GetLastError),
    /// because the scanner tries them in this order.
    /// </summary>
    public static TagWord[] Build() =>
    [
        new("WinError", TagReading.Code, InLogs: true),
        new("Win32Exception", TagReading.Code, InLogs: true),
        new("Win32 error", TagReading.Code, InLogs: true),
        new("error code", TagReading.Code, InLogs: true),
        new("NativeErrorCode", TagReading.Code, InLogs: true),
        new("ErrorCode", TagReading.Code, InLogs: true),
        new("SocketException", TagReading.NativeCode, InLogs: true),
        new("WSAGetLastError", TagReading.Code, InLogs: true),
        new("GetLastError", TagReading.Code, InLogs: true),
        new("socket error", TagReading.Code, InLogs: true),
        new("HRESULT", TagReading.Code, InLogs: true),
        new("errno", TagReading.Errno, InLogs: true),
        new("os error", TagReading.NativeCode, InLogs: true),
        new("error", TagReading.Code, InLogs: false),
        new("code", TagReading.Code, InLogs: false),
    ];

    /// <summary>Finds the row for <paramref name="word"/>, ignoring case.</summary>
    public static TagWord? Find(IReadOnlyList<TagWord> table, string word)
    {
        foreach (var tag in table)
        {
            if (string.Equals(word, tag.Text, StringComparison.OrdinalIgnoreCase))
            {
                return tag;
            }
        }

        return null;
    }
}
