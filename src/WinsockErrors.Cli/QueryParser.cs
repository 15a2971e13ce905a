using System;
using System.Collections.Generic;
using System.Globalization;
using WinsockErrors.Cli.Explain;

namespace WinsockErrors.Cli;

/// <summary>
/// Turns a query into entries: a decimal or hex code (10054, 0x2746), an HRESULT (0x80072746, -2147014842), a name
/// or alias in any case (wsaeconnreset, EAI_NONAME, ECONNRESET, ConnectionReset), or text pasted from a log
/// ([WinError 10054], errno 111).
/// </summary>
internal static class QueryParser
{
    private static readonly char[] s_punctuation = "[](){}<>'\"`,;:.!".ToCharArray();

    /// <summary>Words that, standing alone before a number, say what the number is: <c>wsaerr errno 111</c>.</summary>
    private static readonly string[] s_tagWords = ["errno", "winerror", "error", "code", "hresult", "wsagetlasterror"];

    /// <summary>Looks up one query; numbers that are not Winsock codes are platform errno values only in log text (errno 111).</summary>
    public static LookupResult Resolve(string query, ErrnoPlatform platform)
    {
        var text = query.Trim().Trim(s_punctuation).Trim();
        if (text.Length == 0)
        {
            return LookupResult.Missing(query, "empty query");
        }

        if (TryParseNumber(text, out var number, out var hex))
        {
            return ResolveNumber(query, number, hex);
        }

        if (NameIndex.Find(text) is { } named)
        {
            return LookupResult.Of(query, named);
        }

        var mentioned = LogScanner.EntriesIn(query, platform);
        if (mentioned.Count > 0)
        {
            return new LookupResult(query, mentioned, null);
        }

        return TryResolveTagged(query, text, platform)
            ?? LookupResult.Missing(query, "no Winsock code, name or alias matches '" + Report.Quote(query) + "'");
    }

    /// <summary>Looks up a native errno number of <paramref name="platform"/>.</summary>
    public static LookupResult ResolveErrno(int errno, ErrnoPlatform platform)
    {
        var query = "errno " + errno.ToString(CultureInfo.InvariantCulture);
        return WsaErrors.FromErrno(errno, platform) is { } entry
            ? LookupResult.Of(query, entry)
            : LookupResult.Missing(query, query + " on " + PlatformNames.Display(platform) + " has no Winsock counterpart");
    }

    /// <summary>Joins a tag word and the number after it (<c>errno 111</c>, <c>WinError 10054</c>) into one query.</summary>
    public static IReadOnlyList<string> JoinTaggedNumbers(IReadOnlyList<string> queries)
    {
        var joined = new List<string>(queries.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            var word = queries[i].Trim(s_punctuation);
            if (i + 1 < queries.Count && IsTagWord(word) && TryParseNumber(queries[i + 1].Trim(s_punctuation), out _, out _))
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

    /// <summary>Reads decimal (with a sign) or <c>0x</c> hexadecimal up to 32 bits.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out long value, out bool hex)
    {
        hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (hex)
        {
            var digits = text[2..];
            if (digits.Length is > 0 and <= 8 && uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unsigned))
            {
                value = unsigned;
                return true;
            }

            value = 0;
            return false;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value is >= int.MinValue and <= uint.MaxValue;
    }

    /// <summary>Whether a number can only be an HRESULT: negative, or above <see cref="int.MaxValue"/> (0x80072746).</summary>
    public static bool IsHResult(long number) => number < 0 || number > int.MaxValue;

    private static LookupResult ResolveNumber(string query, long number, bool hex)
    {
        if (number == WsaErrors.DotNetHostNotFoundErrorCode)
        {
            return LookupResult.Of(query, WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND));
        }

        if (IsHResult(number))
        {
            var hResult = NameIndex.HResultOf(number);
            return WsaErrors.FindByHResult(hResult) is { } wrapped
                ? LookupResult.Of(query, wrapped)
                : LookupResult.Missing(query, string.Format(CultureInfo.InvariantCulture, "HRESULT 0x{0:X8} does not wrap a Winsock code", hResult));
        }

        if (NameIndex.FindCode(number) is { } entry)
        {
            return LookupResult.Of(query, entry);
        }

        var problem = string.Format(CultureInfo.InvariantCulture, "{0} ({1}) is not a Winsock code", Report.Quote(query.Trim()), hex ? number.ToString(CultureInfo.InvariantCulture) : "0x" + number.ToString("X", CultureInfo.InvariantCulture));
        return LookupResult.Missing(query, number is > 0 and < 1000 && !hex
            ? problem + string.Format(CultureInfo.InvariantCulture, "; for an errno number try --errno {0} --os linux", number)
            : problem);
    }

    /// <summary>Reads "error 995" or "errno 5" that the log scanner passed over, to say what the number is or why it is unknown.</summary>
    private static LookupResult? TryResolveTagged(string query, string text, ErrnoPlatform platform)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !IsTagWord(words[0].Trim(s_punctuation))
            || !TryParseNumber(words[1].Trim(s_punctuation), out var number, out var hex))
        {
            return null;
        }

        return words[0].Trim(s_punctuation).Equals("errno", StringComparison.OrdinalIgnoreCase) && number is >= 0 and <= int.MaxValue
            ? ResolveErrno((int)number, platform) with { Query = query }
            : ResolveNumber(query, number, hex);
    }

    private static bool IsTagWord(string word)
    {
        foreach (var tag in s_tagWords)
        {
            if (string.Equals(word, tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
