namespace WinsockErrors.Docs.Markdown;

/// <summary>One <c>#region</c> of the snippet sources.</summary>
/// <param name="Name">The region's name, which markdown files give in <c>&lt;!-- snippet: Name --&gt;</c>.</param>
/// <param name="File">The source file's name.</param>
/// <param name="Code">The region's lines, dedented, joined with <c>\n</c>.</param>
public sealed record Snippet(string Name, string File, string Code);
