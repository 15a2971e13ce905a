using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Finds the Winsock errors a line of a log mentions: 5-digit codes (100xx, 110xx), smaller codes only when tagged
/// (WinError 995, errno 111), HRESULTs, names and aliases, .NET SocketError names, and the system messages themselves.
/// </summary>
internal static partial class LogScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly KnownPhrase[] s_phrases = KnownPhrases.Build();
    private static readonly PhraseStarts s_phraseStarts = new([.. s_phrases.Select(p => p.Text).Distinct()]);

    /// <summary>The errors <paramref name="line"/> mentions, each once, in the order they first appear.</summary>
    public static List<LogMention> Scan(string line, string source, int lineNumber, ErrnoPlatform platform)
    {
        var mentions = new List<LogMention>();
        var hits = FindHits(line, platform);
        foreach (var hit in hits)
        {
            var existing = mentions.FindIndex(m => m.Entry.Code == hit.Entry.Code);
            if (existing < 0)
            {
                mentions.Add(new LogMention(source, lineNumber, hit.Entry, new List<string> { hit.Evidence }));
            }
            else if (mentions[existing].Evidence is List<string> evidence && !evidence.Contains(hit.Evidence))
            {
                evidence.Add(hit.Evidence);
            }
        }

        return mentions;
    }

    /// <summary>The distinct errors <paramref name="text"/> mentions.</summary>
    public static IReadOnlyList<WsaErrorInfo> EntriesIn(string text, ErrnoPlatform platform) =>
        Scan(text, "-", 1, platform).ConvertAll(m => m.Entry);

    private static List<LogHit> FindHits(string line, ErrnoPlatform platform)
    {
        var hits = new List<LogHit>();
        foreach (Match match in TaggedNumber().Matches(line))
        {
            if (LogNumbers.ReadTagged(match.Groups["tag"].Value, match.Groups["num"].Value, platform, out var asErrno) is { } entry)
            {
                var evidence = asErrno ? match.Value + " (" + PlatformNames.Display(platform) + " errno)" : match.Value;
                Add(hits, new LogHit(match.Index, match.Length, entry, evidence));
            }
        }

        foreach (Match match in BareNumber().Matches(line))
        {
            if (LogNumbers.ReadBare(match.Value) is { } entry)
            {
                Add(hits, new LogHit(match.Index, match.Length, entry, match.Value));
            }
        }

        foreach (Match match in SocketErrorName().Matches(line))
        {
            if (NameIndex.FindSocketError(match.Groups["name"].Value) is { } entry)
            {
                Add(hits, new LogHit(match.Index, match.Length, entry, match.Value));
            }
        }

        foreach (Match match in Identifier().Matches(line))
        {
            if (LooksLikeName(match.Value) && NameIndex.Find(match.Value) is { } entry)
            {
                Add(hits, new LogHit(match.Index, match.Length, entry, match.Value));
            }
        }

        FindPhrases(line, hits);

        hits.Sort((a, b) => a.Index.CompareTo(b.Index));
        return hits;
    }

    /// <summary>Keeps a hit unless an earlier, more specific one already covers the same text.</summary>
    private static void Add(List<LogHit> hits, LogHit hit)
    {
        foreach (var other in hits)
        {
            if (other.Overlaps(hit) && other.Entry.Code == hit.Entry.Code)
            {
                return;
            }
        }

        hits.Add(hit);
    }

    /// <summary>Upper-case words (WSAECONNRESET, EAI_NONAME, ECONNRESET), or any word starting with WSA.</summary>
    private static bool LooksLikeName(string word)
    {
        if (word.StartsWith("WSA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds every known phrase that occurs in <paramref name="line"/> as whole words, ignoring case.</summary>
    private static void FindPhrases(string line, List<LogHit> hits)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            // One vectorised pass finds where any phrase starts; most lines have none.
            var found = s_phraseStarts.IndexIn(line.AsSpan(offset));
            if (found < 0)
            {
                return;
            }

            var index = offset + found;
            foreach (var phrase in s_phrases)
            {
                var end = index + phrase.Text.Length;
                if (line.AsSpan(index).StartsWith(phrase.Text, StringComparison.OrdinalIgnoreCase)
                    && (index == 0 || !char.IsLetterOrDigit(line[index - 1]))
                    && (end == line.Length || !char.IsLetterOrDigit(line[end])))
                {
                    Add(hits, new LogHit(index, phrase.Text.Length, phrase.Entry, line.Substring(index, phrase.Text.Length)));
                }
            }

            offset = index + 1;
        }
    }

    /// <summary>A number after a word that says it is an error code: WinError 10054, errno=111, SocketException (995), HRESULT: 0x80072746.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?<tag>WinError|Win32Exception|Win32 error|error code|NativeErrorCode|ErrorCode|SocketException|WSAGetLastError|GetLastError|socket error|HRESULT|errno)(\(\))?\s*(?<open>[(\[])?\s*([:=#]\s*)?(?<num>-?0x[0-9A-Fa-f]{1,8}|-?[0-9]{1,10})(?!\w|\.[0-9])(?(open)[)\]]?)", Options | RegexOptions.IgnoreCase)]
    private static partial Regex TaggedNumber();

    /// <summary>
    /// A number that stands alone and can only be a Winsock code or an HRESULT: 5 digits from 10000 to 11999, hex, or a
    /// negative HRESULT. Not a port (host:10061), part of a version or address, nor a quantity (10048 ms).
    /// </summary>
    [GeneratedRegex(@"(?<![\w:/.-])(1[01][0-9]{3}|0[xX][0-9A-Fa-f]{4,8}|-214[67][0-9]{6})(?!\w|\.[0-9]|\s?(ms|s|sec|secs|seconds|min|bytes|[KMG]?B|%)\b)", Options | RegexOptions.IgnoreCase)]
    private static partial Regex BareNumber();

    /// <summary>A .NET SocketError member: SocketError.ConnectionReset, SocketErrorCode: TimedOut.</summary>
    [GeneratedRegex(@"\bSocketError(Code)?\W{1,3}(?<name>[A-Za-z]+)", Options)]
    private static partial Regex SocketErrorName();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9_]{3,}\b", Options)]
    private static partial Regex Identifier();
}
