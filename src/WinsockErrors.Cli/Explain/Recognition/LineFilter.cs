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

    /// <summary>Each trigger with the recognizers that declare it, one bit each, by first letter.</summary>
    private readonly FirstLetterBuckets<(string Text, int Owners)> _owners;

    public LineFilter(IEnumerable<IRecognizer> recognizers)
    {
        _recognizers = [.. recognizers];
        if (_recognizers.Length > 31)
        {
            throw new ArgumentException("at most 31 recognizers", nameof(recognizers));
        }

        var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _recognizers.Length; i++)
        {
            foreach (var trigger in _recognizers[i].Triggers)
            {
                owners[trigger] = owners.GetValueOrDefault(trigger) | (1 << i);
            }
        }

        Triggers = [.. owners.Keys];
        _starts = new PhraseStarts(Triggers);
        _owners = new([.. owners.Select(o => (o.Key, o.Value))], o => o.Text);
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

    /// <summary>
    /// Which recognizers have a trigger in <paramref name="line"/>: bit i for the i-th recognizer given. The others can
    /// find nothing there.
    /// </summary>
    public int Triggered(string line)
    {
        var triggered = 0;
        var offset = 0;
        while (offset < line.Length)
        {
            var at = _starts.IndexIn(line.AsSpan(offset));
            if (at < 0)
            {
                break;
            }

            var index = offset + at;
            var rest = line.AsSpan(index);
            foreach (var (text, owners) in _owners[line[index]])
            {
                if (rest.StartsWith(text, StringComparison.OrdinalIgnoreCase))
                {
                    triggered |= owners;
                }
            }

            offset = index + 1;
        }

        for (var i = 0; i < _recognizers.Length; i++)
        {
            var bit = 1 << i;
            if ((triggered & bit) == 0 && _recognizers[i].IndexOfOtherTrigger(line) >= 0)
            {
                // Stryker disable once Assignment : the bit is clear here, so flipping it sets it
                triggered |= bit;
            }
        }

        return triggered;
    }
}
