using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Finds the Winsock errors a line of a log mentions: 5-digit codes (100xx, 110xx), smaller codes only when tagged
/// (WinError 995, errno 111), HRESULTs, names and aliases, .NET SocketError names, the system messages themselves,
/// other runtimes' wordings, and system messages cut short. Errno evidence counts only on a line about the network.
/// </summary>
internal static partial class LogScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The errors <paramref name="line"/> mentions, each once, in the order they first appear.</summary>
    public static List<LogMention> Scan(string line, string source, int lineNumber, ErrnoPlatform platform) =>
        Scan(line, source, lineNumber, platform, filtered: true);

    /// <summary>
    /// <see cref="Scan(string, string, int, ErrnoPlatform)"/>, or with <paramref name="filtered"/> false, every pattern
    /// on the line without the quick looks (<see cref="LineFilter"/>) that skip them: those must never change the result.
    /// </summary>
    public static List<LogMention> Scan(string line, string source, int lineNumber, ErrnoPlatform platform, bool filtered)
    {
        if (filtered && !LineFilter.MayName(line))
        {
            return [];
        }

        var mentions = new List<LogMention>();
        foreach (var hit in FindHits(line, platform, filtered))
        {
            var existing = mentions.FindIndex(m => m.Entry.Code == hit.Entry.Code);
            if (existing < 0)
            {
                mentions.Add(new LogMention(source, lineNumber, hit.Entry, new List<LogEvidence> { hit.Evidence }));
            }
            else if (mentions[existing].Evidence is List<LogEvidence> evidence && !evidence.Exists(e => e.Text == hit.Evidence.Text))
            {
                evidence.Add(hit.Evidence);
            }
        }

        return mentions;
    }

    /// <summary>The distinct errors <paramref name="text"/> mentions.</summary>
    public static IReadOnlyList<WsaErrorInfo> EntriesIn(string text, ErrnoPlatform platform) =>
        Scan(text, "-", 1, platform).ConvertAll(m => m.Entry);

    private static List<LogHit> FindHits(string line, ErrnoPlatform platform, bool filtered)
    {
        var hits = new List<LogHit>();
        var context = new LineContext(line);
        var tagged = !filtered || LineFilter.HasTagWord(line) ? TaggedNumber().Matches(line) : null;
        foreach (Match match in tagged ?? (IEnumerable<Match>)[])
        {
            if (LogNumbers.ReadTagged(match.Groups["tag"].Value, match.Groups["num"].Value, platform, out var asErrno) is { } entry
                && (!asErrno || context.Allows(needsContext: true)) && !IsWin32HResult(match.Groups["num"].Value, entry))
            {
                var label = asErrno ? PlatformNames.Display(platform) + " errno" : "code";
                Add(hits, new LogHit(match.Index, match.Length, entry, new LogEvidence(match.Value, EvidenceKind.Code, label)));
            }
        }

        var bare = !filtered || LineFilter.MayHaveBareNumber(line) ? BareNumber().Matches(line) : null;
        foreach (Match match in bare ?? (IEnumerable<Match>)[])
        {
            if (LogNumbers.ReadBare(match.Value) is { } entry && !IsWin32HResult(match.Value, entry))
            {
                Add(hits, new LogHit(match.Index, match.Length, entry, new LogEvidence(match.Value, EvidenceKind.Code, "code")));
            }
        }

        var socketErrors = !filtered || line.Contains("SocketError", StringComparison.Ordinal) ? SocketErrorName().Matches(line) : null;
        foreach (Match match in socketErrors ?? (IEnumerable<Match>)[])
        {
            if (WsaErrors.TryParse(match.Groups["name"].Value, out var entry))
            {
                Add(hits, new LogHit(match.Index, match.Length, entry, new LogEvidence(match.Value, EvidenceKind.Code, ".NET SocketError")));
            }
        }

        foreach (var (index, word, entry) in NameWords.In(line))
        {
            if (context.Allows(NeedsContext(word, entry)))
            {
                Add(hits, new LogHit(index, word.Length, entry, new LogEvidence(word, EvidenceKind.Code, "name")));
            }
        }

        PhraseFinder.Find(line, context, hit => Add(hits, hit));

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

    /// <summary>
    /// Whether a number is an HRESULT of a plain Win32 error Winsock shares (0x80070057, E_INVALIDARG, is
    /// ERROR_INVALID_PARAMETER, the same number as WSA_INVALID_PARAMETER): any Windows API returns those, so they are
    /// not socket errors.
    /// </summary>
    private static bool IsWin32HResult(string number, WsaErrorInfo entry) =>
        entry.Category == WsaErrorCategory.OverlappedIo && WsaErrors.TryParseNumber(number, out var value) && value < 0;

    /// <summary>
    /// A WSA name or an alias always names its error. An errno name does when it is the code's winsock2.h pair and file
    /// systems do not use it too (ECONNRESET); otherwise (EACCES, or ENOENT that .NET maps to WSAEADDRNOTAVAIL) only on a
    /// line about the network.
    /// </summary>
    private static bool NeedsContext(string name, WsaErrorInfo entry)
    {
        if (name.StartsWith("WSA", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (LogWordings.IsSharedWithFileSystems(entry.Code))
        {
            return true;
        }

        foreach (var alias in entry.Aliases)
        {
            if (alias.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var errno in entry.Errno)
        {
            if (errno.IsWinsockPair && errno.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A number after a word that says it is an error code: WinError 10054, errno=111, SocketException (995), HRESULT: 0x80072746, os error 111.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?<tag>WinError|Win32Exception|Win32 error|error code|NativeErrorCode|ErrorCode|SocketException|WSAGetLastError|GetLastError|socket error|HRESULT|errno|os error)(\(\))?\s*(?<open>[(\[])?\s*([:=#]\s*)?(?<num>-?0x[0-9A-Fa-f]{1,8}|-?[0-9]{1,10})(?!\w|\.[0-9])(?(open)[)\]]?)", Options | RegexOptions.IgnoreCase)]
    private static partial Regex TaggedNumber();

    /// <summary>
    /// A number that stands alone and can only be a Winsock code or an HRESULT: 5 digits from 10000 to 11999, hex, or a
    /// negative HRESULT. Not a port (host:10061, port 10061), nginx's connection number (*10054), part of a version or
    /// address, nor a quantity (10048 ms).
    /// </summary>
    [GeneratedRegex(@"(?<![\w:/.*-])(?<!\bport\s?)(1[01][0-9]{3}|0[xX][0-9A-Fa-f]{4,8}|-214[67][0-9]{6})(?!\w|\.[0-9]|\s?(ms|s|sec|secs|seconds|min|bytes|[KMG]?B|%)\b)", Options | RegexOptions.IgnoreCase)]
    private static partial Regex BareNumber();

    /// <summary>A .NET SocketError member: SocketError.ConnectionReset, SocketErrorCode: TimedOut.</summary>
    [GeneratedRegex(@"\bSocketError(Code)?\W{1,3}(?<name>[A-Za-z]+)", Options)]
    private static partial Regex SocketErrorName();
}
