namespace WinsockErrors.Tests.Docs;

public sealed class DocsLinksTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docs-links-").FullName;

    [Fact]
    public void Every_relative_link_and_toc_entry_in_the_docs_leads_somewhere()
    {
        var broken = DocsLinkCheck.BrokenLinks(RepositoryFolder.PathOf("docs"));

        broken.Should().BeEmpty("every link should lead somewhere, and these do not:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_code_has_its_page_in_the_docs()
    {
        foreach (var info in WsaErrors.All)
        {
            File.Exists(RepositoryFolder.PathOf($"{CodePages.RelativeFolder}/{CodePage.FileName(info)}")).Should().BeTrue(info.Name);
        }
    }

    [Fact]
    public void A_link_to_a_missing_page_or_heading_is_reported()
    {
        Write("a.md", "# Title\n\n## Second part\n\nSee [b](b.md), [part](#second-part), [gone](gone.md) and [no part](b.md#nowhere).\n");
        Write("b.md", "# B\n");

        DocsLinkCheck.BrokenLinks(_folder).Should().Equal("a.md: gone.md (no such file)", "a.md: b.md#nowhere (no heading gives #nowhere)");
    }

    [Fact]
    public void Links_in_code_web_links_and_the_generated_api_folder_are_not_checked()
    {
        Write("a.md", "`[x](gone.md)`\n\n```md\n[x](gone.md)\n```\n\n[web](https://example.org/gone.md) [api](xref:WinsockErrors) [ref](api/WinsockErrors.html)\n");

        DocsLinkCheck.BrokenLinks(_folder).Should().BeEmpty();
    }

    [Fact]
    public void A_toc_entry_to_a_missing_page_or_a_folder_without_a_toc_is_reported()
    {
        Write("toc.yml", "- name: A\n  href: a.md\n- name: Rules\n  href: rules/\n- name: Gone\n  href: gone.md\n");
        Write("a.md", "# A\n");
        Directory.CreateDirectory(Path.Combine(_folder, "rules"));

        DocsLinkCheck.BrokenLinks(_folder).Should().Equal("toc.yml: rules/ (the folder has no toc.yml)", "toc.yml: gone.md (no such file)");
    }

    [Theory]
    [InlineData("# WSK001: SocketException.ErrorCode compared with a Winsock code", "wsk001-socketexceptionerrorcode-compared-with-a-winsock-code")]
    [InlineData("## In .NET", "in-net")]
    [InlineData("## errno per platform", "errno-per-platform")]
    [InlineData("## The `wsaerr` tool", "the-wsaerr-tool")]
    public void A_heading_gives_the_anchor_GitHub_and_DocFX_give_it(string heading, string anchor)
    {
        MarkdownLinks.Anchors(heading + "\n").Should().Equal(anchor);
    }

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor()
    {
        MarkdownLinks.Anchors("## Why\n\n## Why\n").Should().BeEquivalentTo("why", "why-1");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
