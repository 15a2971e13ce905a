using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Docs.Markdown;

public class GeneratedSectionTests
{
    private const string Update =
        "regenerate it with `WINSOCKERRORS_UPDATE_DOCS=1 dotnet test tests/WinsockErrors.Docs` and commit it";

    public static TheoryData<string, string> Sections() => new()
    {
        { "docs/retry.md", "retry-advice" },
        { "docs/telemetry.md", "error-types" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void A_generated_section_matches_the_library(string file, string name)
    {
        var path = Path.Combine(DocumentedFiles.RepositoryRoot, file);
        var expected = Render(name);
        if (Environment.GetEnvironmentVariable("WINSOCKERRORS_UPDATE_DOCS") == "1")
        {
            var page = File.ReadAllText(path);
            var rewritten = GeneratedSection.Rewrite(page, name, expected);
            if (rewritten != page.ReplaceLineEndings("\n"))
            {
                File.WriteAllText(path, rewritten);
            }
        }

        GeneratedSection.Read(File.ReadAllText(path), name).Should().Be(expected, $"the section {name} of {file} is generated: {Update}");
    }

    [Fact]
    public void A_section_is_found_between_its_markers_only()
    {
        const string Page = "before\n<!-- generated: t -->\nold\n<!-- end generated -->\nafter\n";

        GeneratedSection.Read(Page, "t").Should().Be("old\n");
        GeneratedSection.Read(Page, "other").Should().BeNull();
        GeneratedSection.Rewrite(Page, "t", "new\n").Should().Be("before\n<!-- generated: t -->\nnew\n<!-- end generated -->\nafter\n");
        GeneratedSection.Rewrite(Page, "other", "new\n").Should().Be(Page);
        GeneratedSection.Read("<!-- generated: t -->\nno end", "t").Should().BeNull();
    }

    [Fact]
    public void The_tables_have_a_row_per_code()
    {
        LibraryTables.RetryAdvice().Should().Contain("| 10054 | WSAECONNRESET | `IfIdempotent` | ");
        LibraryTables.ErrorTypes().Should().Contain("| `connection_reset` | 10054 | WSAECONNRESET | `SocketError.ConnectionReset` |")
            .And.Contain("| `wsaeusers` | 10068 | WSAEUSERS | the SDK name |");
        LibraryTables.ErrorTypes().Split('\n').Should().HaveCount(WsaErrors.All.Count + 3);
    }

    private static string Render(string name) => name switch
    {
        "retry-advice" => LibraryTables.RetryAdvice(),
        "error-types" => LibraryTables.ErrorTypes(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such generated section"),
    };
}
