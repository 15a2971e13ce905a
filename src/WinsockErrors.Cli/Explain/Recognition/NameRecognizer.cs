using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// Error names, aliases and errno names: upper-case words of 4 characters or more (WSAECONNRESET, EAI_NONAME,
/// ECONNRESET) or words starting with WSA, each read by <see cref="WsaErrors.TryParse(ReadOnlySpan{char}, out WsaErrorInfo?)"/>
/// without allocating until one is a known name. A word counts only as one of its triggers: a WSA name, an alias or an
/// errno name, not a .NET SocketError member the library also reads (SHUTDOWN, TIMEDOUT). Whether one needs context is
/// <see cref="ContextRules.ForName"/>.
/// </summary>
internal sealed class NameRecognizer : IRecognizer
{
    private const int MinimumLength = 4;


    public IEnumerable<string> Triggers
    {
        get
        {
            yield return "WSA";
            foreach (var entry in WsaErrors.All)
            {
                foreach (var alias in entry.Aliases)
                {
                    yield return alias;
                }

                foreach (var errno in entry.Errno)
                {
                    yield return errno.Name;
                }
            }
        }
    }

    public int IndexOfOtherTrigger(ReadOnlySpan<char> text) => -1;

    public void Find(LineScan scan)
    {
        var line = scan.Text;
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
            if (word.Length >= MinimumLength && LooksLikeName(word) && WsaErrors.TryParse(word, out var entry) && IsTrigger(word, entry))
            {
                var text = word.ToString();
                scan.Offer(new LogHit(index, text.Length, entry, new LogEvidence(text, EvidenceKind.Code, "name"), ContextRules.ForName(text, entry)));
            }

            index = end;
        }
    }

    /// <summary>Whether <paramref name="word"/> is a WSA name, or an alias or errno name of <paramref name="entry"/>.</summary>
    private static bool IsTrigger(ReadOnlySpan<char> word, WsaErrorInfo entry)
    {
        if (word.StartsWith("WSA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var alias in entry.Aliases)
        {
            if (word.Equals(alias, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var errno in entry.Errno)
        {
            if (word.Equals(errno.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
