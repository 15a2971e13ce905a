using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Messages the library reads (<see cref="WsaErrors.TryMatchMessage(ReadOnlySpan{char}, out WsaMessageMatch?)"/>):
/// Windows' system message in every recorded language, Mono's and Unity's own wordings and back-translations, with a
/// space lost or a line break inserted, full-width punctuation, or cut at the end of the line. The library's table and
/// rule decide; this recognizer only places the hit. It comes after <see cref="PhraseRecognizer"/>, so where both read
/// the same error at the same place the phrase's hit stands.
/// </summary>
internal sealed class MessageRecognizer : IRecognizer
{
    /// <summary>How many messages one line is searched for, one after another: a guard against a pathological line.</summary>
    private const int MaximumPerLine = 8;

    /// <summary>The start of every message the library reads (<see cref="WsaErrors.MessageStarts"/>).</summary>
    public IEnumerable<string> Triggers => WsaErrors.MessageStarts;

    public int IndexOfOtherTrigger(ReadOnlySpan<char> text) => -1;

    public void Find(LineScan scan)
    {
        var found = 0;
        FindIn(scan, 0, scan.Text.Length, ref found);
    }

    /// <summary>
    /// The message the library reads in the part of the line from <paramref name="start"/> to <paramref name="end"/>,
    /// then those before and after it: the library reads one message, the longest.
    /// </summary>
    private static void FindIn(LineScan scan, int start, int end, ref int found)
    {
        if (found >= MaximumPerLine || !WsaErrors.TryMatchMessage(scan.Text.AsSpan(start, end - start), out var match)
            || (match.IsCut && end < scan.Text.Length))
        {
            // A message cut short counts only at the end of the line, where the library reads it.
            return;
        }

        found++;
        scan.Offer(Hit(scan.Text, start, match));
        FindIn(scan, start, start + match.Index, ref found);
        FindIn(scan, start + match.Index + match.Length, end, ref found);
    }

    /// <summary>The hit for <paramref name="match"/>, found in <paramref name="line"/> from <paramref name="offset"/> on.</summary>
    public static LogHit Hit(string line, int offset, WsaMessageMatch match)
    {
        var index = offset + match.Index;
        var kind = match.IsCut ? EvidenceKind.Prefix : match.IsSystemMessage ? EvidenceKind.SystemMessage : EvidenceKind.Wording;
        var needsContext = match.IsSystemMessage ? ContextRules.ForSystemMessage : ContextRules.ForWording(dataSays: false, match.Info.Code);
        return new LogHit(index, match.Length, match.Info, new LogEvidence(line.Substring(index, match.Length), kind, Label(match)), needsContext);
    }

    /// <summary>"system message (zh-CN)", "start of the system message (de)", "recorded wording".</summary>
    public static string Label(WsaMessageMatch match)
    {
        var what = match.IsSystemMessage ? "system message" : "recorded wording";
        var label = match.IsCut ? "start of the " + what : what;
        return match.Language == "en" ? label : label + " (" + match.Language + ")";
    }
}
