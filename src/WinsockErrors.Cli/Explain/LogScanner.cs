using System.Collections.Generic;
using System.IO;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Finds the Winsock errors a line of a log mentions, through <see cref="Recognizers"/>: 5-digit codes (100xx, 110xx),
/// smaller codes only when tagged (WinError 995, errno 111), HRESULTs, names and aliases, .NET SocketError names, the
/// system messages themselves, other runtimes' wordings, and system messages cut short. Errno evidence counts only on
/// a line about the network.
/// </summary>
internal static class LogScanner
{
    /// <summary>The errors <paramref name="line"/> mentions, each once, in the order they first appear.</summary>
    public static List<LogMention> Scan(string line, string source, int lineNumber, ErrnoPlatform platform) =>
        Scan(Recognizers.Default, line, source, lineNumber, platform, filtered: true);

    /// <summary>
    /// <see cref="Scan(string, string, int, ErrnoPlatform)"/> with <paramref name="recognizers"/>, or with
    /// <paramref name="filtered"/> false, without the quick looks that skip work: those must never change the result.
    /// </summary>
    public static List<LogMention> Scan(Recognizers recognizers, string line, string source, int lineNumber, ErrnoPlatform platform, bool filtered) =>
        Mentions(recognizers.Find(line, platform, filtered), source, lineNumber);

    /// <summary>Each error of <paramref name="hits"/> once, with its pieces of the line in order.</summary>
    private static List<LogMention> Mentions(List<LogHit> hits, string source, int lineNumber)
    {
        var mentions = new List<LogMention>();
        foreach (var hit in hits)
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

    /// <summary>The errors each line of <paramref name="log"/> mentions, line by line.</summary>
    public static IEnumerable<LogMention> Read(TextReader log, string source, ErrnoPlatform platform)
    {
        var recognizers = Recognizers.Default;
        foreach (var (number, line) in CandidateLines.Read(log, recognizers.Filter))
        {
            foreach (var mention in Mentions(recognizers.FindInCandidate(line, platform), source, number))
            {
                yield return mention;
            }
        }
    }

    /// <summary>The distinct errors <paramref name="text"/> mentions.</summary>
    public static IReadOnlyList<WsaErrorInfo> EntriesIn(string text, ErrnoPlatform platform) =>
        Scan(text, "-", 1, platform).ConvertAll(m => m.Entry);
}
