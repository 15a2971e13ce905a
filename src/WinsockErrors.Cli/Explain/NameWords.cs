using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// The words of a line that can be error names: upper-case words of 4 characters or more (WSAECONNRESET, EAI_NONAME,
/// ECONNRESET) or words starting with WSA, each read by <see cref="WsaErrors.TryParse(ReadOnlySpan{char}, out WsaErrorInfo?)"/>
/// without allocating until one is a known name.
/// </summary>
internal static class NameWords
{
    private const int MinimumLength = 4;

    /// <summary>Each known name in <paramref name="line"/>: where it starts, the word as written and the entry it names.</summary>
    public static IEnumerable<(int Index, string Word, WsaErrorInfo Entry)> In(string line)
    {
        var index = 0;
        while (index < line.Length)
        {
            if (!IsAsciiLetter(line[index]) || (index > 0 && IsWordChar(line[index - 1])))
            {
                index++;
                continue;
            }

            var end = index + 1;
            while (end < line.Length && IsWordChar(line[end]))
            {
                end++;
            }

            var word = line.AsSpan(index, end - index);
            if (word.Length >= MinimumLength && LooksLikeName(word) && WsaErrors.TryParse(word, out var entry))
            {
                yield return (index, word.ToString(), entry);
            }

            index = end;
        }
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsWordChar(char c) => IsAsciiLetter(c) || (uint)(c - '0') <= 9 || c == '_';

    /// <summary>Upper-case words, or any word starting with WSA.</summary>
    private static bool LooksLikeName(ReadOnlySpan<char> word)
    {
        if (word.StartsWith("WSA".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                return false;
            }
        }

        return true;
    }
}
