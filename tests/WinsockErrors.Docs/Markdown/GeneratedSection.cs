using System;

namespace WinsockErrors.Docs.Markdown;

/// <summary>
/// A part of a hand-written page that is generated from the library: the lines between
/// <c>&lt;!-- generated: name --&gt;</c> and <c>&lt;!-- end generated --&gt;</c>.
/// </summary>
public static class GeneratedSection
{
    private const string End = "<!-- end generated -->";

    /// <summary>The section's current text, or <see langword="null"/> when the page has no such section.</summary>
    public static string? Read(string page, string name)
    {
        var (start, end) = Bounds(page.ReplaceLineEndings("\n"), name);
        return start < 0 ? null : page.ReplaceLineEndings("\n")[start..end];
    }

    /// <summary>The page with the section's text replaced by <paramref name="content"/>; unchanged when it has no such section.</summary>
    public static string Rewrite(string page, string name, string content)
    {
        var text = page.ReplaceLineEndings("\n");
        var (start, end) = Bounds(text, name);
        return start < 0 ? text : string.Concat(text.AsSpan(0, start), content, text.AsSpan(end));
    }

    private static (int Start, int End) Bounds(string text, string name)
    {
        var marker = $"<!-- generated: {name} -->\n";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return (-1, -1);
        }

        start += marker.Length;
        var end = text.IndexOf(End, start, StringComparison.Ordinal);
        return end < 0 ? (-1, -1) : (start, end);
    }
}
