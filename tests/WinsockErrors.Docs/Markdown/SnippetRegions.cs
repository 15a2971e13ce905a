using System;
using System.Linq;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace WinsockErrors.Docs.Markdown;

/// <summary>The <c>#region Name</c> … <c>#endregion</c> blocks of the snippet sources, dedented.</summary>
public static partial class SnippetRegions
{
    public static IReadOnlyDictionary<string, Snippet> ReadAll(string directory)
    {
        var snippets = new Dictionary<string, Snippet>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var snippet in Read(Path.GetFileName(path), File.ReadAllText(path)))
            {
                if (!snippets.TryAdd(snippet.Name, snippet))
                {
                    throw new InvalidOperationException($"Two regions are named {snippet.Name}: {snippets[snippet.Name].File} and {snippet.File}.");
                }
            }
        }

        return snippets;
    }

    public static IEnumerable<Snippet> Read(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = RegionStart().Match(lines[i]);
            if (!start.Success)
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, line => RegionEnd().IsMatch(line));
            if (end < 0)
            {
                throw new InvalidOperationException($"{file}:{i + 1}: #region {start.Groups["name"].Value} has no #endregion.");
            }

            yield return new Snippet(start.Groups["name"].Value, file, Dedent(lines[(i + 1)..end]));
            i = end;
        }
    }

    private static string Dedent(string[] lines)
    {
        var indent = lines.Where(line => line.Trim().Length > 0)
            .Select(line => line.Length - line.TrimStart(' ').Length)
            .DefaultIfEmpty(0)
            .Min();
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart(' '))).Trim('\n');
    }

    [GeneratedRegex(@"^\s*#region\s+(?<name>[A-Za-z0-9_.-]+)\s*$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^\s*#endregion\b")]
    private static partial Regex RegionEnd();
}
