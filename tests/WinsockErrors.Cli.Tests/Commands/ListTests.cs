using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class ListTests
{
    [Fact]
    public void Every_code_is_listed_under_its_category()
    {
        var run = CliRun.Of("list");

        run.ExitCode.Should().Be(0);
        var lines = run.Out.Split('\n');
        lines.Should().Contain("Socket").And.Contain("NameResolution").And.Contain("QualityOfService");
        foreach (var entry in WsaErrors.All)
        {
            lines.Should().Contain(l => l.Contains(" " + entry.Name + " ", System.StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("NameResolution")]
    [InlineData("nameresolution")]
    [InlineData("name-resolution")]
    [InlineData("NAME_RESOLUTION")]
    public void A_category_keeps_only_its_codes(string category)
    {
        var run = CliRun.Of("list", "--category", category);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().Be("NameResolution");
        run.Out.Should().Contain("  11001  0x2AF9  WSAHOST_NOT_FOUND ").And.NotContain("WSAECONNRESET");
        run.Out.Split('\n').Count(l => l.StartsWith("  1", System.StringComparison.Ordinal))
            .Should().Be(WsaErrors.All.Count(e => e.Category == WsaErrorCategory.NameResolution));
    }

    [Fact]
    public void An_unknown_category_is_a_usage_error_that_names_the_categories()
    {
        var run = CliRun.Of("list", "--category", "nope");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("wsaerr: 'nope' is not a category; use " + string.Join(", ", WsaErrors.All.Select(e => e.Category).Distinct()) + ".");
    }
}
