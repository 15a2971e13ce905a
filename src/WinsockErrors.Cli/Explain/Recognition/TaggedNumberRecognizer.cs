using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Numbers after a word that says they are error codes, the words being the log rows of the tag table: WinError 10054,
/// errno=111, SocketException (995), HRESULT: 0x80072746, os error 111.
/// </summary>
internal sealed class TaggedNumberRecognizer : IRecognizer
{
    private readonly IReadOnlyList<TagWord> _tags;
    private readonly Regex _pattern;
    private readonly PhraseStarts _starts;

    public TaggedNumberRecognizer(IReadOnlyList<TagWord> table)
    {
        _tags = [.. table.Where(t => t.InLogs)];
        _pattern = new Regex(Pattern(_tags), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _starts = new PhraseStarts(Triggers);
    }

    public IEnumerable<string> Triggers => _tags.Select(t => t.Text);

    public int IndexOfOtherTrigger(ReadOnlySpan<char> text) => -1;

    public void Find(LineScan scan)
    {
        if (!scan.Filtered)
        {
            foreach (Match match in _pattern.Matches(scan.Text))
            {
                Offer(scan, match);
            }

            return;
        }

        // Every match starts with a tag word: the regex runs from each tag found, not over the whole line.
        var text = scan.Text;
        var offset = 0;
        while (offset < text.Length)
        {
            var at = _starts.IndexIn(text.AsSpan(offset));
            if (at < 0)
            {
                return;
            }

            var match = _pattern.Match(text, offset + at);
            if (!match.Success)
            {
                return;
            }

            Offer(scan, match);
            offset = match.Index + Math.Max(match.Length, 1);
        }
    }

    private void Offer(LineScan scan, Match match)
    {
        var tag = TagWords.Find(_tags, match.Groups["tag"].Value)!;
        var digits = match.Groups["num"].Value;
        if (TaggedNumbers.Read(tag.Reading, digits, scan.Platform, out var asErrno) is { } entry && !Win32HResults.Includes(digits, entry))
        {
            var label = asErrno ? scan.Platform.GetDisplayName() + " errno" : "code";
            scan.Offer(new LogHit(match.Index, match.Length, entry, new LogEvidence(match.Value, EvidenceKind.Code, label), asErrno && ContextRules.ForErrnoNumber));
        }
    }

    /// <summary>
    /// A tag not inside a word, perhaps "()", then the number, perhaps bracketed, after ":", "=" or "#": the number
    /// decimal or hex, not followed by a word character or a decimal part.
    /// </summary>
    public static string Pattern(IEnumerable<TagWord> tags) =>
        @"(?<![A-Za-z])(?<tag>" + string.Join("|", tags.Select(t => Regex.Escape(t.Text))) +
        @")(\(\))?\s*(?<open>[(\[])?\s*([:=#]\s*)?(?<num>-?0x[0-9A-Fa-f]{1,8}|-?[0-9]{1,10})(?!\w|\.[0-9])(?(open)[)\]]?)";
}
