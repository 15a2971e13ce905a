namespace WinsockErrors.Tests.Docs;

public class ErrorsReferencePageTests
{
    private const string Regenerate =
        "docs/errors.md is stale: regenerate it with `WINSOCKERRORS_UPDATE_DOCS=1 dotnet test tests/WinsockErrors.Tests --filter ErrorsReferencePageTests` and commit it";

    [Fact]
    public void The_reference_page_matches_the_data_file()
    {
        var path = RepositoryFolder.PathOf(ErrorsReferencePage.RelativePath);
        var expected = ErrorsReferencePage.Render();

#if !LIBRARY_NETSTANDARD
        if (Environment.GetEnvironmentVariable("WINSOCKERRORS_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }
#endif

        File.Exists(path).Should().BeTrue(Regenerate);
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected, Regenerate);
    }

    [Fact]
    public void The_reference_page_has_a_section_for_every_code()
    {
        var page = ErrorsReferencePage.Render();

        foreach (var info in WsaErrors.All)
        {
            page.Should().Contain($"\n## {info.Name}\n").And.Contain($"| value | {info.Code} |");
        }
    }
}
