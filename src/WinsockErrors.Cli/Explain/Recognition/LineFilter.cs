using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// A quick look at whether a line can name an error at all, built from the recognizers' triggers: one vectorised
/// search for every trigger text, and each recognizer's other triggers. Most lines of a log name none and go no further.
/// </summary>
internal sealed class LineFilter
{
    private readonly IRecognizer[] _recognizers;
    private readonly PhraseStarts _starts;

    public LineFilter(IEnumerable<IRecognizer> recognizers)
    {
        _recognizers = [.. recognizers];
        Triggers = [.. _recognizers.SelectMany(r => r.Triggers).Distinct(StringComparer.OrdinalIgnoreCase)];
        _starts = new PhraseStarts(Triggers);
    }

    /// <summary>Every text whose presence makes a line worth a closer look.</summary>
    public IReadOnlyList<string> Triggers { get; }

    /// <summary>Whether <paramref name="line"/> holds anything that can name an error.</summary>
    public bool MayName(ReadOnlySpan<char> line) => IndexIn(line) >= 0;

    /// <summary>Where the first trigger of any recognizer starts in <paramref name="text"/> (one line or many), or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var first = _starts.IndexIn(text);
        foreach (var recognizer in _recognizers)
        {
            // Only what starts before the first trigger found so far can come first.
            var at = recognizer.IndexOfOtherTrigger(first < 0 ? text : text[..first]);
            if (at >= 0)
            {
                first = at;
            }
        }

        return first;
    }
}
