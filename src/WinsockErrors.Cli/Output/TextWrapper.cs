using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Output;

/// <summary>Word-wraps text to a column count.</summary>
internal static class TextWrapper
{
    /// <summary>
    /// Cuts <paramref name="text"/> into lines of at most <paramref name="width"/> characters, breaking at spaces;
    /// a word longer than a line gets a line of its own.
    /// </summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
