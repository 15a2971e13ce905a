using FluentAssertions;
using Xunit;

namespace WinsockErrors.Docs.Markdown;

public class MarkdownCodeBlocksTests
{
    private const string Page = """
        # Title

        <!-- snippet: First -->
        ```csharp
        var a = 1;
        ```

        ```
        $ not csharp
        ```

        ````cs
        ```
        inner fence
        ````

        Some text.
        ```csharp
        unmarked();
        ```
        """;

    [Fact]
    public void Reads_csharp_blocks_with_their_marker_and_line()
    {
        var blocks = MarkdownCodeBlocks.Read("page.md", Page);

        blocks.Should().Equal(
            new CodeBlock("page.md", 4, "First", "var a = 1;"),
            new CodeBlock("page.md", 12, null, "```\ninner fence"),
            new CodeBlock("page.md", 18, null, "unmarked();"));
    }

    [Fact]
    public void Rewrites_only_marked_blocks()
    {
        var rewritten = MarkdownCodeBlocks.Rewrite(Page, name => name == "First" ? "var b = 2;\nvar c = 3;" : null);

        rewritten.Should().Be(Page.Replace("var a = 1;", "var b = 2;\nvar c = 3;", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_is_dedented_and_trimmed()
    {
        var source = "class C\n{\n    #region Name\n\n        one();\n          two();\n\n    #endregion\n}\n";

        SnippetRegions.Read("C.cs", source).Should().ContainSingle()
            .Which.Should().Be(new Snippet("Name", "C.cs", "one();\n  two();"));
    }
}
