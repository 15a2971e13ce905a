using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Finds the known phrases a line quotes as whole words, and system messages a logger cut short at the end of the
/// line ("...because the connected party did not") when the part present is long and names one error only.
/// </summary>
internal static class PhraseFinder
{
    /// <summary>A cut message must keep at least this much to count.</summary>
    public const int MinimumPrefixLength = 30;

    private static readonly KnownPhrase[] s_phrases = KnownPhrases.Build();
    private static readonly KnownPhrase[] s_messages = [.. s_phrases.Where(p => p.Kind == EvidenceKind.SystemMessage && p.Text.Length > MinimumPrefixLength)];

    /// <summary>The phrases and the messages that can be cut, by their first letter, upper-cased (all are ASCII).</summary>
    private static readonly KnownPhrase[][] s_phrasesByFirst = ByFirstLetter(s_phrases);
    private static readonly KnownPhrase[][] s_messagesByFirst = ByFirstLetter(s_messages);

    /// <summary>Every phrase, and the first <see cref="MinimumPrefixLength"/> characters of each message that can be cut.</summary>
    private static readonly PhraseStarts s_starts = new(Starts);

    /// <summary>The texts that start a phrase or a cut message, for a quick look at whether a line can hold one.</summary>
    public static IEnumerable<string> Starts => s_phrases.Select(p => p.Text).Concat(s_messages.Select(m => m.Text[..MinimumPrefixLength]));

    /// <summary>Passes to <paramref name="add"/> the phrases <paramref name="line"/> quotes, the longest where they overlap.</summary>
    public static void Find(string line, LineContext context, Action<LogHit> add)
    {
        var found = new List<LogHit>();
        var offset = 0;
        while (offset < line.Length)
        {
            // One vectorised pass finds where any phrase starts; most lines have none.
            var at = s_starts.IndexIn(line.AsSpan(offset));
            if (at < 0)
            {
                break;
            }

            var index = offset + at;
            if (index == 0 || !char.IsLetterOrDigit(line[index - 1]))
            {
                FindAt(line, index, context, found);
            }

            offset = index + 1;
        }

        foreach (var hit in found)
        {
            if (!found.Exists(other => hit.IsInside(other)))
            {
                add(hit);
            }
        }
    }

    private static void FindAt(string line, int index, LineContext context, List<LogHit> found)
    {
        var rest = line.AsSpan(index);
        var first = char.ToUpperInvariant(rest[0]) & 0x7F;
        foreach (var phrase in s_phrasesByFirst[first])
        {
            var end = index + phrase.Text.Length;
            if (rest.StartsWith(phrase.Text, phrase.MatchCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && (end == line.Length || !char.IsLetterOrDigit(line[end]))
                && context.Allows(phrase.NeedsContext))
            {
                found.Add(new LogHit(index, phrase.Text.Length, phrase.Entry, new LogEvidence(line.Substring(index, phrase.Text.Length), phrase.Kind, phrase.Label)));
            }
        }

        if (FindCut(rest, s_messagesByFirst[first]) is { } cut)
        {
            found.Add(new LogHit(index, cut.Length, cut.Entry, new LogEvidence(line.Substring(index, cut.Length), EvidenceKind.Prefix, "start of the system message")));
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

    private static KnownPhrase[][] ByFirstLetter(KnownPhrase[] phrases)
    {
        var buckets = new KnownPhrase[128][];
        for (var c = 0; c < buckets.Length; c++)
        {
            buckets[c] = [.. phrases.Where(p => (char.ToUpperInvariant(p.Text[0]) & 0x7F) == c)];
        }

        return buckets;
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
