using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// A quick look at whether a line can name an error at all: one vectorised search for every phrase, name and tag
/// word, and a scan for 5-digit numbers from 10000 to 11999. Most lines of a log name none and go no further.
/// </summary>
internal static class LineFilter
{
    /// <summary>The words before a number that say it is an error code (they start the tagged-number pattern).</summary>
    public static readonly string[] TagWords =
        ["WinError", "Win32Exception", "Win32 error", "error code", "NativeErrorCode", "ErrorCode", "SocketException", "GetLastError", "socket error", "HRESULT", "errno", "os error"];

    private static readonly PhraseStarts s_tagWords = new(TagWords);
    private static readonly PhraseStarts s_triggers = new(Triggers());

    /// <summary>Whether <paramref name="line"/> holds anything that can name an error.</summary>
    public static bool MayName(ReadOnlySpan<char> line) => s_triggers.IndexIn(line) >= 0 || HasWinsockRangeNumber(line);

    /// <summary>Whether a word that tags a number as an error code stands in the line.</summary>
    public static bool HasTagWord(ReadOnlySpan<char> line) => s_tagWords.IndexIn(line) >= 0;

    /// <summary>Whether a number that alone can be a code may stand in the line: 100xx/110xx, hex, or a negative HRESULT.</summary>
    public static bool MayHaveBareNumber(ReadOnlySpan<char> line) =>
        HasWinsockRangeNumber(line) || line.Contains("0x", StringComparison.OrdinalIgnoreCase) || line.Contains("-214", StringComparison.Ordinal);

    /// <summary>Every text whose presence makes a line worth a closer look, for the filter and for benchmarks.</summary>
    public static IEnumerable<string> Triggers()
    {
        foreach (var text in PhraseFinder.Starts.Concat(TagWords))
        {
            yield return text;
        }

        yield return "WSA";
        yield return "SocketError";
        yield return "0x";
        yield return "-214";
        foreach (var entry in WsaErrors.All)
        {
            foreach (var alias in entry.Aliases)
            {
                yield return alias;
            }

            foreach (var errno in entry.Errno)
            {
                yield return errno.Name;
            }
        }
    }

    /// <summary>Whether a run of exactly five digits from 10000 to 11999 stands in the line.</summary>
    private static bool HasWinsockRangeNumber(ReadOnlySpan<char> line)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            var at = line[offset..].IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return false;
            }

            var start = offset + at;
            var end = start;
            while (end < line.Length && char.IsAsciiDigit(line[end]))
            {
                end++;
            }

            if (end - start == 5 && line[start] == '1' && line[start + 1] is '0' or '1')
            {
                return true;
            }

            offset = end;
        }

        return false;
    }
}
