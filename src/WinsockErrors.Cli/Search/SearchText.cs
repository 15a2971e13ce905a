using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Search;

/// <summary>Text cut into lower-case words, for matching ("actively refused" is the words actively, refused).</summary>
internal sealed class SearchText
{
    public SearchText(string text)
    {
        Words = Split(text);
        Joined = " " + string.Join(' ', Words) + " ";
    }

    /// <summary>The words, in lower case, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined by single spaces, with a space at either end, for phrase matching.</summary>
    public string Joined { get; }

    /// <summary>Whether the words of <paramref name="phrase"/> occur here in a row.</summary>
    public bool ContainsPhrase(SearchText phrase) =>
        phrase.Words.Count > 0 && Joined.Contains(phrase.Joined, StringComparison.Ordinal);

    /// <summary>1 when <paramref name="word"/> is one of the words, 0.5 when it only starts one (refus, refused), else 0.</summary>
    public double Match(string word)
    {
        var best = 0.0;
        foreach (var candidate in Words)
        {
            if (candidate == word)
            {
                return 1;
            }

            if (word.Length >= 3 && candidate.StartsWith(word, StringComparison.Ordinal))
            {
                best = 0.5;
            }
        }

        return best;
    }

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
