using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The help a user reads and the one-line usage errors, word for word.</summary>
public class HelpAndUsageTests
{
    [Fact]
    public void The_root_help_describes_the_tool_its_query_and_options()
    {
        var help = CliRun.Of("--help").Out;

        help.Should().Contain("  Looks up, searches and explains Windows Sockets (Winsock) error codes.\n");
        help.Should().Contain("  <query>  Codes (10054, 0x2746), HRESULTs (0x80072746, -2147014842), names or aliases in any case "
            + "(wsaeconnreset, EAI_NONAME, ECONNRESET), or text from a log ('[WinError 10054]', 'errno 111').\n");
        help.Should().Contain("  --errno <number>  A native errno number to look up, read for the OS --os names; repeatable.\n");
        help.Should().Contain("  search <text>   Finds the entries whose name, title, description or system message contain the words, best match first.\n");
        help.Should().Contain("  list            Prints every known code, or those of one category.\n");
    }

    [Fact]
    public void The_explain_help_describes_its_files_and_options()
    {
        var help = CliRun.Of("explain", "--help").Out;

        help.Should().Contain("  Finds every Winsock code, name, HRESULT or system message in a log and explains each.\n");
        help.Should().Contain("  <file>  Files to read; none or '-' reads standard input.\n");
        help.Should().Contain("The OS whose errno numbers to read: " + string.Join(", ", ErrnoPlatforms.All.Select(p => p.GetName())) + " (default: this OS, Linux on Windows).\n");
        help.Should().Contain("  --json          Write JSON instead of text.\n");
    }

    [Fact]
    public void The_search_help_describes_its_words_and_limit()
    {
        var help = CliRun.Of("search", "--help").Out;

        help.Should().Contain("  <text>  Words to find in the names, titles, descriptions and system messages.\n");
        help.Should().Contain("  -n, --limit <count>  Show at most this many results; 0 for all. [default: 10]\n");
    }

    [Fact]
    public void The_list_help_names_every_category() =>
        CliRun.Of("list", "--help").Out.Should().Contain(
            "  -c, --category <name>  Only this category: Success, OverlappedIo, Socket, Subsystem, NameResolution, QualityOfService.\n");

    [Theory]
    [InlineData(new string[0], "wsaerr: nothing to look up; give a code, name or HRESULT, e.g. 'wsaerr 10054' (see 'wsaerr --help')")]
    [InlineData(new[] { "" }, "wsaerr: an empty query; give a code, name or HRESULT, e.g. 'wsaerr 10054' (see 'wsaerr --help')")]
    [InlineData(new[] { "  " }, "wsaerr: an empty query; give a code, name or HRESULT, e.g. 'wsaerr 10054' (see 'wsaerr --help')")]
    [InlineData(new[] { "search", " " }, "wsaerr: search needs at least one word (see 'wsaerr --help')")]
    [InlineData(new[] { "search", "reset", "--limit", "-1" }, "wsaerr: --limit takes a count, 0 or more, not '-1'. (see 'wsaerr --help')")]
    [InlineData(new[] { "search", "reset", "--limit", "many" }, "wsaerr: --limit takes a count, 0 or more, not 'many'. (see 'wsaerr --help')")]
    public void A_usage_error_is_one_line_in_the_tools_words_and_exit_code_2(string[] args, string line)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().Equal(line);
    }

    [Fact]
    public void A_search_that_finds_nothing_writes_an_empty_json_array()
    {
        var run = CliRun.Of("search", "zzzzqq", "--json");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be("[]\n");
    }

    [Fact]
    public void Several_cards_are_separated_by_one_empty_line()
    {
        var run = CliRun.Of("10054", "10061");

        run.Out.Should().Contain("\n\nWSAECONNREFUSED (10061): Connection refused.\n").And.NotContain("\n\n\n");
        run.Out.Should().StartWith("WSAECONNRESET (10054)");
    }
}
