namespace WinsockErrors.Tests.Docs;

/// <summary>How the generated pages put the library's texts into Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>A prose text for a paragraph or a table cell: only what Markdown or a table would take as markup is escaped.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>A name or an expression as inline code (the texts put there hold no backtick).</summary>
    public static string Code(string text) => "`" + text + "`";

    /// <summary>"—" for an empty list, else the items joined by ", ".</summary>
    public static string List(IEnumerable<string> items)
    {
        var joined = string.Join(", ", items);
        return joined.Length == 0 ? "—" : joined;
    }
}
