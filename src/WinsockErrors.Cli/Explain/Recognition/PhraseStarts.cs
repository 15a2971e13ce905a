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
    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<string>? _others;

    /// <summary>The most ASCII characters a phrase of <see cref="_others"/> starts with.</summary>
    private readonly int _othersLead;

    /// <summary>The longest phrase of <see cref="_others"/>.</summary>
    private readonly int _othersLength;

    /// <summary>
    /// Searches ASCII phrases and the others apart: one phrase outside ASCII ("远程主机强迫") would slow the search for
    /// all of them, so the others are searched only near the first character outside ASCII, which most logs lack.
    /// </summary>
    public PhraseStarts(IEnumerable<string> phrases)
    {
        var distinct = phrases.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _ascii = SearchValues.Create([.. distinct.Where(IsAscii)], StringComparison.OrdinalIgnoreCase);
        var others = distinct.Where(p => !IsAscii(p)).ToList();
        if (others.Count > 0)
        {
            _others = SearchValues.Create([.. others], StringComparison.OrdinalIgnoreCase);
            _othersLead = others.Max(p => p.AsSpan().IndexOfAnyExceptInRange('\0', '\x7F'));
            _othersLength = others.Max(p => p.Length);
        }
    }

    /// <summary>The index in <paramref name="text"/> where a phrase starts first, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(_ascii);
        var beyondAscii = _others is null ? -1 : text.IndexOfAnyExceptInRange('\0', '\x7F');
        if (beyondAscii < 0 || (first >= 0 && beyondAscii - _othersLead > first))
        {
            return first;
        }

        // Another phrase starts at most its lead before its first character outside ASCII, and counts only before first.
        var from = Math.Max(0, beyondAscii - _othersLead);
        var to = first < 0 ? text.Length : Math.Min(text.Length, first + _othersLength);
        var other = text[from..to].IndexOfAny(_others!);
        return other >= 0 && (first < 0 || from + other < first) ? from + other : first;
    }

    private static bool IsAscii(string phrase) => !phrase.AsSpan().ContainsAnyExceptInRange('\0', '\x7F');
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
