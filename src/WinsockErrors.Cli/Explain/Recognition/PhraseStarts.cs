using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Finds where the first of a set of phrases starts in a text, ignoring case: one vectorised
/// <c>SearchValues&lt;string&gt;</c> pass on .NET 9 and later; on .NET 8, which lacks it, a vectorised search for the
/// phrases' first letters, then the phrases that start with the letter found.
/// </summary>
internal sealed class PhraseStarts
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _values;

    public PhraseStarts(IEnumerable<string> phrases) =>
        _values = SearchValues.Create([.. phrases.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

    /// <summary>The index in <paramref name="text"/> where a phrase starts first, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(_values);
#else
    private readonly SearchValues<char> _firstLetters;
    private readonly FirstLetterBuckets<string> _byFirstLetter;

    public PhraseStarts(IEnumerable<string> phrases)
    {
        _byFirstLetter = new FirstLetterBuckets<string>(phrases.Distinct(StringComparer.OrdinalIgnoreCase), p => p);
        _firstLetters = SearchValues.Create([.. _byFirstLetter.Letters.SelectMany(c => new[] { c, char.ToLowerInvariant(c) }).Distinct()]);
    }

    /// <summary>The index in <paramref name="text"/> where a phrase starts first, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(_firstLetters);
            if (at < 0)
            {
                return -1;
            }

            var index = offset + at;
            foreach (var phrase in _byFirstLetter[text[index]])
            {
                if (text[index..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return index;
                }
            }

            offset = index + 1;
        }

        return -1;
    }
#endif
}
