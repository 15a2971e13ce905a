using System;
using System.Linq;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WinsockErrors.Docs.Markdown;

/// <summary>Finds the fenced C# blocks of a markdown text and the snippet marker above each.</summary>
public static partial class MarkdownCodeBlocks
{
    private static readonly HashSet<string> CSharpInfoStrings = new(StringComparer.OrdinalIgnoreCase) { "csharp", "cs", "c#" };

    public static IReadOnlyList<CodeBlock> Read(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<CodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var close = FindClosingFence(lines, i + 1, fence.Groups["fence"].Value);
            if (CSharpInfoStrings.Contains(fence.Groups["info"].Value.Trim()))
            {
                var code = string.Join('\n', lines[(i + 1)..close]);
                blocks.Add(new CodeBlock(file, i + 1, MarkerAbove(lines, i), code));
            }

            i = close;
        }

        return blocks;
    }

    /// <summary>Replaces the body of every block that names a snippet with that snippet's code.</summary>
    public static string Rewrite(string text, Func<string, string?> codeOf)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var close = FindClosingFence(lines.ToArray(), i + 1, fence.Groups["fence"].Value);
            var name = MarkerAbove(lines.ToArray(), i);
            if (name is not null && codeOf(name) is { } code)
            {
                lines.RemoveRange(i + 1, close - i - 1);
                var replacement = code.Split('\n');
                lines.InsertRange(i + 1, replacement);
                close = i + 1 + replacement.Length;
            }

            i = close;
        }

        return string.Join('\n', lines);
    }

    private static int FindClosingFence(string[] lines, int from, string fence)
    {
        for (var j = from; j < lines.Length; j++)
        {
            var trimmed = lines[j].Trim();
            if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim(fence[0]).Length == 0)
            {
                return j;
            }
        }

        return lines.Length;
    }

    private static string? MarkerAbove(string[] lines, int fenceLine)
    {
        for (var j = fenceLine - 1; j >= 0; j--)
        {
            if (lines[j].Trim().Length == 0)
            {
                continue;
            }

            var marker = Marker().Match(lines[j]);
            return marker.Success ? marker.Groups["name"].Value : null;
        }

        return null;
    }

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<name>[A-Za-z0-9_.-]+)\s*-->\s*$")]
    private static partial Regex Marker();
}
