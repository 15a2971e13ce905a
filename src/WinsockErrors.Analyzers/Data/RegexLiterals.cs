using System.Collections.Generic;
using System.Text;

namespace WinsockErrors.Analyzers.Data;

/// <summary>The plain texts a regular expression pattern matches literally: <c>"forcibly closed|reset by peer"</c> gives both.</summary>
internal static class RegexLiterals
{
    private const string Special = "[]{}*+?|^$().\\";

    private static readonly char[] GroupHeadEnds = { ')', ':', '>' };

    /// <summary>
    /// Each alternative's runs of literal characters (escapes such as <c>\.</c> undone); <c>^</c>, <c>$</c>,
    /// groups and <c>.*</c> split runs, and a run next to a quantifier or class is dropped.
    /// </summary>
    public static IEnumerable<string> Of(string pattern)
    {
        var run = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && Special.IndexOf(pattern[i + 1]) >= 0)
            {
                run.Append(pattern[++i]);
                continue;
            }

            if (c is '*' or '+' or '?' or '{')
            {
                // The quantifier applies to the run's last character: the run up to it is still literal.
                if (run.Length > 0)
                {
                    run.Length--;
                }
            }

            if (c == '\\' || Special.IndexOf(c) >= 0)
            {
                if (run.Length > 0)
                {
                    yield return run.ToString();
                    run.Clear();
                }

                if (c == '[')
                {
                    i = SkipClass(pattern, i);
                }
                else if (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    // (?i), (?:…), (?<name>…): the group's options or name are no text.
                    i = pattern.IndexOfAny(GroupHeadEnds, i + 2) is var end and >= 0 ? end : pattern.Length;
                }
                else if (c == '\\')
                {
                    i++;
                }

                continue;
            }

            run.Append(c);
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    private static int SkipClass(string pattern, int start)
    {
        for (var i = start + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }
}
