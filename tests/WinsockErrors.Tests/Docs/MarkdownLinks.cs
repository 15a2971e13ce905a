using System.Text;
using System.Text.RegularExpressions;

namespace WinsockErrors.Tests.Docs;

/// <summary>What a Markdown page links to and which anchors its headings give, as GitHub and DocFX read them.</summary>
internal static partial class MarkdownLinks
{
    /// <summary>The targets of the page's inline links and images, outside code blocks and code spans.</summary>
    public static IEnumerable<string> Targets(string markdown) =>
        Prose(markdown).SelectMany(line => InlineLink().Matches(CodeSpan().Replace(line, "")).Select(match => match.Groups["target"].Value));

    /// <summary>The anchors of the page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Prose(markdown))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var anchor = slug;
            for (var repeat = 1; !anchors.Add(anchor); repeat++)
            {
                anchor = $"{slug}-{repeat}";
            }
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var text = InlineLink().Replace(heading, match => match.Groups["text"].Value).Trim().ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                slug.Append(character);
            }
            else if (character == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    // The lines outside fenced code blocks.
    private static IEnumerable<string> Prose(string markdown)
    {
        var fenced = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (!fenced)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex("`+[^`]*`+")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
