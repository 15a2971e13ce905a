using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// System messages and other runtimes' wordings a line quotes as whole words, and system messages a logger cut short
/// at the end of the line ("...because the connected party did not") when the part present is long and names one error
/// only. Where phrases overlap, the longest counts.
/// </summary>
internal sealed class PhraseRecognizer : IRecognizer
{
    /// <summary>A cut message must keep at least this much to count.</summary>
    public const int MinimumPrefixLength = 30;

    private readonly KnownPhrase[] _phrases;
    private readonly KnownPhrase[] _messages;
    private readonly FirstLetterBuckets<KnownPhrase> _phrasesByFirst;
    private readonly FirstLetterBuckets<KnownPhrase> _messagesByFirst;
    private readonly PhraseStarts _starts;

    /// <summary>Finds <paramref name="phrases"/>, longest first (<see cref="KnownPhrases.Build"/>).</summary>
    public PhraseRecognizer(KnownPhrase[] phrases)
    {
        _phrases = phrases;
        _messages = [.. phrases.Where(p => p.Kind == EvidenceKind.SystemMessage && p.Text.Length > MinimumPrefixLength)];
        _phrasesByFirst = new(_phrases, p => p.Text);
        _messagesByFirst = new(_messages, p => p.Text);
        _starts = new PhraseStarts(Triggers);
    }

    /// <summary>Every phrase, and the first <see cref="MinimumPrefixLength"/> characters of each message that can be cut.</summary>
    public IEnumerable<string> Triggers => _phrases.Select(p => p.Text).Concat(_messages.Select(m => m.Text[..MinimumPrefixLength]));

    public int IndexOfOtherTrigger(ReadOnlySpan<char> text) => -1;

    public void Find(LineScan scan)
    {
        var line = scan.Text;
        var found = new List<LogHit>();
        var offset = 0;
        while (offset < line.Length)
        {
            // One vectorised pass finds where any phrase starts; most lines have none.
            var at = _starts.IndexIn(line.AsSpan(offset));
            if (at < 0)
            {
                break;
            }

            var index = offset + at;
            if (index == 0 || !char.IsLetterOrDigit(line[index - 1]))
            {
                FindAt(scan, index, found);
            }

            offset = index + 1;
        }

        foreach (var hit in found)
        {
            if (!found.Exists(other => hit.IsInside(other)))
            {
                scan.Offer(hit);
            }
        }
    }

    private void FindAt(LineScan scan, int index, List<LogHit> found)
    {
        var line = scan.Text;
        var rest = line.AsSpan(index);
        foreach (var phrase in _phrasesByFirst[rest[0]])
        {
            var end = index + phrase.Text.Length;
            if (rest.StartsWith(phrase.Text, phrase.MatchCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && (end == line.Length || !char.IsLetterOrDigit(line[end])))
            {
                var hit = new LogHit(index, phrase.Text.Length, phrase.Entry, new LogEvidence(line.Substring(index, phrase.Text.Length), phrase.Kind, phrase.Label), phrase.NeedsContext);
                if (scan.Allows(hit))
                {
                    found.Add(hit);
                }
            }
        }

        if (FindCut(rest, _messagesByFirst[rest[0]]) is { } cut)
        {
            found.Add(new LogHit(index, cut.Length, cut.Entry, new LogEvidence(line.Substring(index, cut.Length), EvidenceKind.Prefix, "start of the system message"), ContextRules.ForSystemMessage));
        }
    }

    /// <summary>A system message that <paramref name="rest"/> starts and the line cuts short, if only one error's message starts so.</summary>
    private static (int Length, WsaErrorInfo Entry)? FindCut(ReadOnlySpan<char> rest, KnownPhrase[] candidates)
    {
        foreach (var message in candidates)
        {
            var length = CommonLength(rest, message.Text);
            if (length < MinimumPrefixLength || length == message.Text.Length || !IsCut(rest[length..]))
            {
                continue;
            }

            var present = rest[..length];
            foreach (var other in candidates)
            {
                if (other.Entry.Code != message.Entry.Code && other.Text.AsSpan().StartsWith(present, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            return (length, message.Entry);
        }

        return null;
    }

    private static int CommonLength(ReadOnlySpan<char> text, string message)
    {
        var length = 0;
        while (length < text.Length && length < message.Length && char.ToUpperInvariant(text[length]) == char.ToUpperInvariant(message[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>Whether the text ends here: nothing but closing quotes or brackets follows, or a mark of a cut ("...", "…", "$").</summary>
    private static bool IsCut(ReadOnlySpan<char> after)
    {
        var tail = after.TrimEnd().TrimEnd("\"'`)]}>").TrimEnd();
        return tail.IsEmpty || tail.StartsWith("...", StringComparison.Ordinal) || tail[0] is '…' or '$';
    }
}
