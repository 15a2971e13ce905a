using System;
using System.Buffers;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Finds where the first of a set of phrases starts in a text, ignoring case: one vectorised
/// <c>SearchValues&lt;string&gt;</c> pass on .NET 9 and later, one search per phrase on .NET 8, which lacks it.
/// </summary>
internal sealed class PhraseStarts
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _values;

    public PhraseStarts(string[] phrases) => _values = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);

    /// <summary>The index in <paramref name="text"/> where a phrase starts first, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(_values);
#else
    private readonly string[] _phrases;

    public PhraseStarts(string[] phrases) => _phrases = phrases;

    /// <summary>The index in <paramref name="text"/> where a phrase starts first, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var first = -1;
        foreach (var phrase in _phrases)
        {
            var index = text.IndexOf(phrase.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (first < 0 || index < first))
            {
                first = index;
            }
        }

        return first;
    }
#endif
}
