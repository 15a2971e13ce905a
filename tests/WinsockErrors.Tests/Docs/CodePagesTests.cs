namespace WinsockErrors.Tests.Docs;

public class CodePagesTests
{
    private const string Regenerate = CodePages.RelativeFolder + " is stale: regenerate it with `" + CodePages.Regenerate + "` and commit it";

    [Fact]
    public void The_committed_pages_match_the_data_file()
    {
        var folder = RepositoryFolder.PathOf(CodePages.RelativeFolder);
        var expected = CodePages.Render();

#if !LIBRARY_NETSTANDARD
        if (Environment.GetEnvironmentVariable("WINSOCKERRORS_UPDATE_DOCS") == "1")
        {
            Write(folder, expected);
        }
#endif

        var committed = Directory.Exists(folder)
            ? Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), path => File.ReadAllText(path).ReplaceLineEndings("\n"), StringComparer.Ordinal)
            : [];
        expected.Keys.Except(committed.Keys).Should().BeEmpty($"these pages are missing and {Regenerate}");
        committed.Keys.Except(expected.Keys).Should().BeEmpty($"these files are not generated and {Regenerate}");
        foreach (var (name, text) in expected)
        {
            committed[name].Should().Be(text, $"{name}: {Regenerate}");
        }
    }

    [Fact]
    public void Every_code_has_a_page_the_index_and_the_toc_link_to()
    {
        var files = CodePages.Render();

        foreach (var info in WsaErrors.All)
        {
            var page = CodePage.FileName(info);
            files.Should().ContainKey(page);
            files[page].Should().StartWith($"# {info.Name} ({info.Code})\n");
            files["index.md"].Should().Contain($"[{info.Name}]({page})");
            files["toc.yml"].Should().Contain($"  href: {page}\n");
        }

        files.Should().HaveCount(WsaErrors.All.Count + 2);
    }

    [Fact]
    public void A_page_shows_every_fact_of_its_code()
    {
        var info = WsaErrors.Get(WsaError.WSAECONNRESET);
        var page = CodePage.Render(info);

        foreach (var fact in CodePageFacts.All)
        {
            page.Should().Contain($"| {fact.Label} | {fact.Cell(info)} |");
        }

        page.Should().Contain("| `ECONNRESET` | 104 | 54 | 54 | 108 | winsock2.h |")
            .And.Contain("`e.SocketErrorCode == SocketError.ConnectionReset`")
            .And.Contain("[WSAENETRESET](WSAENETRESET.md) (10052) is named in this code's description");
    }

    [Fact]
    public void The_check_goes_through_ToWsaError_where_SocketError_has_no_member()
    {
        var withoutMember = WsaErrors.All.Where(info => info.SocketError is null).ToList();

        withoutMember.Should().NotBeEmpty();
        foreach (var info in withoutMember)
        {
            PortableCheck.For(info).Should().Be($"e.ToWsaError() == WsaError.{info.Name}");
        }

        PortableCheck.For(WsaErrors.Get(WsaError.WSAECONNRESET)).Should().Be("e.SocketErrorCode == SocketError.ConnectionReset");
    }

#if !LIBRARY_NETSTANDARD
    private static void Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder).Where(path => !files.ContainsKey(Path.GetFileName(path))))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }
#endif
}
