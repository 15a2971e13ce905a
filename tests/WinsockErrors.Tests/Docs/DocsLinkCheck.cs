using System.Text.RegularExpressions;

namespace WinsockErrors.Tests.Docs;

/// <summary>
/// Finds the relative links of a docs folder that lead nowhere: in every Markdown page, a link to a file or folder
/// that does not exist, or to an anchor its page has no heading for; in every toc.yml, an href to a missing page.
/// Links with a scheme (https:, mailto:, DocFX's xref:) and links into the folder DocFX generates are not checked.
/// </summary>
internal static partial class DocsLinkCheck
{
    /// <summary>The folder DocFX writes the API reference to, under the docs folder; it exists only after a site build.</summary>
    public const string GeneratedApiFolder = "api";

    /// <summary>One line per broken link: the page, the link, and what is missing.</summary>
    public static IReadOnlyList<string> BrokenLinks(string docsFolder)
    {
        var broken = new List<string>();
        foreach (var page in Files(docsFolder, "*.md"))
        {
            broken.AddRange(MarkdownLinks.Targets(File.ReadAllText(page)).Select(target => Check(docsFolder, page, target)).OfType<string>());
        }

        foreach (var toc in Files(docsFolder, "toc.yml"))
        {
            broken.AddRange(TocHref().Matches(File.ReadAllText(toc)).Select(match => Check(docsFolder, toc, match.Groups["href"].Value)).OfType<string>());
        }

        return broken;
    }

    private static IEnumerable<string> Files(string docsFolder, string pattern) =>
        Directory.EnumerateFiles(docsFolder, pattern, SearchOption.AllDirectories)
            .Where(path => !IsGenerated(docsFolder, path))
            .Order(StringComparer.Ordinal);

    private static string? Check(string docsFolder, string page, string target)
    {
        if (Scheme().IsMatch(target))
        {
            return null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var file = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        var where = $"{Path.GetRelativePath(docsFolder, page).Replace('\\', '/')}: {target}";

        if (IsGenerated(docsFolder, file))
        {
            return null;
        }

        if (Directory.Exists(file))
        {
            return page.EndsWith("toc.yml", StringComparison.Ordinal) && !File.Exists(Path.Combine(file, "toc.yml")) ? $"{where} (the folder has no toc.yml)" : null;
        }

        if (!File.Exists(file))
        {
            return $"{where} (no such file)";
        }

        if (anchor is not null && file.EndsWith(".md", StringComparison.Ordinal) && !MarkdownLinks.Anchors(File.ReadAllText(file)).Contains(anchor))
        {
            return $"{where} (no heading gives #{anchor})";
        }

        return null;
    }

    private static bool IsGenerated(string docsFolder, string path)
    {
        var relative = Path.GetRelativePath(docsFolder, path).Replace('\\', '/');
        return relative == GeneratedApiFolder || relative.StartsWith(GeneratedApiFolder + "/", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?:top)?[hH]ref:\s*(?<href>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocHref();
}
