using System;
using System.Collections.Generic;
using System.Globalization;
using WinsockErrors.Cli.Explain;

namespace WinsockErrors.Cli;

/// <summary>
/// Turns a query into entries. Every number and name form (10054, 0x2746, 0x80072746, -2147014842, -131073,
/// 0xFFFDFFFF, wsaeconnreset, EAI_NONAME, ECONNRESET, ConnectionReset) is read by the library's
/// <see cref="WsaErrors.TryParse(string?, out WsaErrorInfo?)"/>; this class adds only what a command line needs on top:
/// stray punctuation, text pasted from a log ([WinError 10054], errno 111), a message in any language the library
/// reads (<see cref="WsaErrors.TryFindByMessage(string?, out WsaErrorInfo?)"/>) and the words of a miss.
/// </summary>
internal static class QueryParser
{
    private static readonly char[] s_punctuation = "[](){}<>'\"`,;:.!".ToCharArray();

    /// <summary>Whether a query is nothing but white space and punctuation: a usage error, like no query at all.</summary>
    public static bool IsBlank(string query) => Clean(query).Length == 0;

    /// <summary>
    /// Looks up one query; a number that is not a Winsock code is a platform errno only when tagged (errno 111), and a
    /// miss suggests <c>--errno</c> for <paramref name="platform"/>.
    /// </summary>
    public static LookupResult Resolve(string query, ErrnoPlatform platform)
    {
        if (WsaErrors.TryParse(query, out var entry) || WsaErrors.TryParse(Clean(query), out entry))
        {
            return LookupResult.Of(query, entry);
        }

        var text = Clean(query);
        if (WsaErrors.TryParseNumber(text, out var number))
        {
            return Unknown(query, text, number, platform);
        }

        var mentioned = LogScanner.EntriesIn(query, platform);
        if (mentioned.Count > 0)
        {
            return new LookupResult(query, mentioned, null);
        }

        if (TryResolveTagged(query, text, platform) is { } tagged)
        {
            return tagged;
        }

        // A message in any recorded language, read by the library's one rule ("远程主机强迫关闭了一个现有的连接。").
        return WsaErrors.TryFindByMessage(query, out entry)
            ? LookupResult.Of(query, entry)
            : LookupResult.Missing(query, "no Winsock code, name, alias or message matches '" + Report.Quote(query) + "'");
    }

    /// <summary>Looks up a native errno number of <paramref name="platform"/>.</summary>
    public static LookupResult ResolveErrno(int errno, ErrnoPlatform platform)
    {
        var query = "errno " + errno.ToString(CultureInfo.InvariantCulture);
        return WsaErrors.FromErrno(errno, platform) is { } entry
            ? LookupResult.Of(query, entry)
            : LookupResult.Missing(query, query + " on " + platform.GetDisplayName() + " has no Winsock counterpart");
    }

    /// <summary>Joins a tag word and the number after it (<c>errno 111</c>, <c>WinError 10054</c>) into one query.</summary>
    public static IReadOnlyList<string> JoinTaggedNumbers(IReadOnlyList<string> queries)
    {
        var joined = new List<string>(queries.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            if (i + 1 < queries.Count && IsTagWord(Clean(queries[i])) && WsaErrors.TryParseNumber(Clean(queries[i + 1]), out _))
            {
                joined.Add(queries[i] + " " + queries[i + 1]);
                i++;
            }
            else
            {
                joined.Add(queries[i]);
            }
        }

        return joined;
    }

    private static string Clean(string query) => query.Trim().Trim(s_punctuation).Trim();

    /// <summary>Why a number names nothing: an HRESULT that wraps no code, or a number that is not a code (perhaps an errno).</summary>
    private static LookupResult Unknown(string query, string text, int number, ErrnoPlatform platform)
    {
        if (number < 0)
        {
            return LookupResult.Missing(query, string.Format(CultureInfo.InvariantCulture, "HRESULT 0x{0:X8} does not wrap a Winsock code", number));
        }

        var decimalText = number.ToString(CultureInfo.InvariantCulture);
        var typedDecimal = text == decimalText;
        var problem = string.Format(CultureInfo.InvariantCulture, "{0} ({1}) is not a Winsock code", Report.Quote(query.Trim()), typedDecimal ? "0x" + number.ToString("X", CultureInfo.InvariantCulture) : decimalText);
        return LookupResult.Missing(query, number is > 0 and < 1000 && typedDecimal
            ? problem + "; for an errno number try --errno " + decimalText + " --os " + platform.GetName()
            : problem);
    }

    /// <summary>Reads "error 995" or "errno 5" that the log scanner passed over, to say what the number is or why it is unknown.</summary>
    private static LookupResult? TryResolveTagged(string query, string text, ErrnoPlatform platform)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var digits = words.Length == 2 ? Clean(words[1]) : "";
        if (words.Length != 2 || TagWords.Find(TagWords.Table, Clean(words[0])) is not { } tag || !WsaErrors.TryParseNumber(digits, out var number))
        {
            return null;
        }

        if (TaggedNumbers.Read(tag.Reading, digits, platform, out _) is { } entry)
        {
            return LookupResult.Of(query, entry);
        }

        return tag.Reading == TagReading.Errno && TaggedNumbers.IsErrno(number)
            ? ResolveErrno(number, platform) with { Query = query }
            : Unknown(query, digits, number, platform);
    }

    private static bool IsTagWord(string word) => TagWords.Find(TagWords.Table, word) is not null;
}
