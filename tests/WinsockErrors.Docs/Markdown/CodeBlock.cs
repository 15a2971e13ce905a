namespace WinsockErrors.Docs.Markdown;

/// <summary>A fenced C# block of a markdown file and the snippet region it shows.</summary>
/// <param name="File">The markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="SnippetName">The region named by the <c>&lt;!-- snippet: Name --&gt;</c> line above the block, or null.</param>
/// <param name="Code">The lines between the fences, joined with <c>\n</c>.</param>
public sealed record CodeBlock(string File, int Line, string? SnippetName, string Code)
{
    public override string ToString() => $"{File}:{Line}";
}
