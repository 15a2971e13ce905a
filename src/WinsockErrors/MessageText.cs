using System;

namespace WinsockErrors;

/// <summary>
/// How a message is read, whatever a log did to it: only letters and digits count, folded to lower case without
/// regard to culture, so a space lost to line wrapping, an inserted line break, full-width punctuation (。，：) and
/// a changed final period all read the same.
/// </summary>
internal static class MessageText
{
    /// <summary>
    /// How much of a message must be present to name it: 24 Latin letters or digits, or 8 CJK characters (each counts
    /// 3, as one carries about a word). Shorter texts are read only whole.
    /// </summary>
    public const int MinimumWeight = 24;

    /// <summary>Writes the letters and digits of <paramref name="text"/>, lower-cased, to <paramref name="destination"/>.</summary>
    /// <param name="text">The text as printed.</param>
    /// <param name="destination">At least as long as <paramref name="text"/>.</param>
    /// <returns>How many characters were written.</returns>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (char.IsLetterOrDigit(folded))
            {
                destination[length++] = char.ToLowerInvariant(folded);
            }
        }

        return length;
    }

    /// <inheritdoc cref="Normalize(ReadOnlySpan{char}, Span{char})"/>
    public static string Normalize(string text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, Normalize(text.AsSpan(), buffer));
    }

    /// <summary>The weight of a normalised text: 3 for each CJK, kana or Hangul character, 1 for any other.</summary>
    public static int Weight(ReadOnlySpan<char> normalized)
    {
        var weight = 0;
        foreach (var c in normalized)
        {
            weight += c >= '\u2E80' ? 3 : 1;
        }

        return weight;
    }

    /// <summary>How many characters of <paramref name="normalized"/> make up <see cref="MinimumWeight"/>, or -1 when all of them fall short.</summary>
    public static int LengthOfMinimumWeight(ReadOnlySpan<char> normalized)
    {
        var weight = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            weight += normalized[i] >= '\u2E80' ? 3 : 1;
            if (weight >= MinimumWeight)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>How much of a message's start <see cref="Start"/> keeps: 18 Latin letters or digits, or 6 CJK characters.</summary>
    public const int StartWeight = 18;

    /// <summary>Where in <paramref name="text"/> the character stands that <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/> writes at <paramref name="normalizedIndex"/>, or -1.</summary>
    public static int IndexOfNormalized(ReadOnlySpan<char> text, int normalizedIndex)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Counts(text[i]) && count++ == normalizedIndex)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The start of <paramref name="text"/> as printed, up to the letter or digit that brings its weight to
    /// <see cref="StartWeight"/>, or all of it up to its last letter or digit when it is lighter.
    /// </summary>
    public static string Start(string text)
    {
        var weight = 0;
        var end = 0;
        for (var i = 0; i < text.Length && weight < StartWeight; i++)
        {
            if (Counts(text[i]))
            {
                weight += Fold(text[i]) >= '\u2E80' ? 3 : 1;
                end = i + 1;
            }
        }

        return text.Substring(0, end);
    }

    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c; // full-width ASCII forms

    private static bool Counts(char c) => char.IsLetterOrDigit(Fold(c));
}
