using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// The words of a line that can be error names: upper-case words of 4 characters or more (WSAECONNRESET, EAI_NONAME,
/// ECONNRESET) or words starting with WSA, looked up without allocating until one is a known name.
/// </summary>
internal static class NameWords
{
    private const int MinimumLength = 4;

    private static readonly HashSet<string> s_names = BuildNames();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each known name in <paramref name="line"/>: where it starts and the word as written.</summary>
    public static IEnumerable<(int Index, string Word)> In(string line)
    {
        var index = 0;
        while (index < line.Length)
        {
            if (!char.IsAsciiLetter(line[index]) || (index > 0 && IsWordChar(line[index - 1])))
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
            if (word.Length >= MinimumLength && LooksLikeName(word) && s_lookup.Contains(word))
            {
                yield return (index, word.ToString());
            }

            index = end;
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Upper-case words, or any word starting with WSA.</summary>
    private static bool LooksLikeName(ReadOnlySpan<char> word) =>
        word.StartsWith("WSA", StringComparison.OrdinalIgnoreCase) || !word.ContainsAnyInRange('a', 'z');

    /// <summary>Every name <see cref="NameIndex.Find"/> knows: macro names, aliases, errno names and SocketError names.</summary>
    private static HashSet<string> BuildNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in WsaErrors.All)
        {
            names.Add(entry.Name);
            names.UnionWith(entry.Aliases);
            foreach (var errno in entry.Errno)
            {
                names.Add(errno.Name);
            }

            if (entry.SocketError is { } socketError)
            {
                names.Add(socketError.ToString());
            }
        }

        return names;
    }
}
