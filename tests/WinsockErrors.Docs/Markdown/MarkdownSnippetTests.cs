using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Docs.Markdown;

public class MarkdownSnippetTests
{
    private const string Update =
        "rewrite the markdown from the snippets with `WINSOCKERRORS_UPDATE_DOCS=1 dotnet test tests/WinsockErrors.Docs` and commit it";

    private static readonly IReadOnlyDictionary<string, Snippet> Snippets = SnippetRegions.ReadAll(DocumentedFiles.SnippetDirectory);

    public static TheoryData<string> Files() => new(DocumentedFiles.All());

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_csharp_block_names_a_compiled_snippet(string file)
    {
        foreach (var block in BlocksOf(file))
        {
            block.SnippetName.Should().NotBeNull(
                $"{block} is a C# block, and C# blocks must be compiled: put the code in a #region of tests/WinsockErrors.Docs/Snippets and write <!-- snippet: RegionName --> above the block");
            Snippets.Should().ContainKey(block.SnippetName!, $"{block} names a snippet that no region of tests/WinsockErrors.Docs/Snippets defines");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_csharp_block_shows_its_snippet_as_compiled(string file)
    {
        if (Environment.GetEnvironmentVariable("WINSOCKERRORS_UPDATE_DOCS") == "1")
        {
            var path = Path.Combine(DocumentedFiles.RepositoryRoot, file);
            var text = File.ReadAllText(path);
            var rewritten = MarkdownCodeBlocks.Rewrite(text, name => Snippets.TryGetValue(name, out var snippet) ? snippet.Code : null);
            if (rewritten != text.ReplaceLineEndings("\n"))
            {
                File.WriteAllText(path, rewritten);
            }
        }

        foreach (var block in BlocksOf(file).Where(block => block.SnippetName is not null && Snippets.ContainsKey(block.SnippetName)))
        {
            block.Code.Should().Be(Snippets[block.SnippetName!].Code, $"{block} must show region {block.SnippetName} as it is compiled: {Update}");
        }
    }

    [Fact]
    public void Every_snippet_is_shown_somewhere()
    {
        var shown = DocumentedFiles.All().SelectMany(BlocksOf).Select(block => block.SnippetName).ToHashSet();

        Snippets.Keys.Where(name => !shown.Contains(name)).Should().BeEmpty("a region no page shows is compiled for nothing");
    }

    [Fact]
    public void The_front_page_and_the_articles_are_checked()
    {
        DocumentedFiles.All().Should().Contain(["README.md", "docs/rules/WSK001.md", "src/WinsockErrors/README.md"]);
    }

    private static IReadOnlyList<CodeBlock> BlocksOf(string file) =>
        MarkdownCodeBlocks.Read(file, File.ReadAllText(Path.Combine(DocumentedFiles.RepositoryRoot, file)));
}
