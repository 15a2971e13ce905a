using System.IO;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class ErrorPathTests
{
    [Theory]
    [InlineData("99999")]
    [InlineData("0x80004005")]
    [InlineData("WSAENOSUCHTHING")]
    [InlineData("111")]
    public void An_unknown_query_exits_1_with_one_line_on_stderr(string query)
    {
        var run = CliRun.Of(query);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        ShouldBeOneCleanLine(run);
    }

    [Fact]
    public void A_huge_query_is_quoted_short_in_the_error()
    {
        var run = CliRun.Of(new string('A', 100_000));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("wsaerr: no Winsock code, name, alias or message matches '" + new string('A', 60) + "…'\n");
    }

    [Fact]
    public void A_found_and_an_unknown_query_print_the_card_and_still_exit_1()
    {
        var run = CliRun.Of("10054", "12345");

        run.ExitCode.Should().Be(1);
        run.FirstLine.Should().StartWith("WSAECONNRESET");
        run.Error.Should().Be("wsaerr: 12345 (0x3039) is not a Winsock code\n");
    }

    [Fact]
    public void A_tagged_errno_without_a_winsock_counterpart_says_so()
    {
        var run = CliRun.Of("errno", "5", "--os", "linux");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("wsaerr: errno 5 on Linux has no Winsock counterpart\n");
    }

    [Fact]
    public void A_small_number_suggests_errno_for_the_os_given()
    {
        CliRun.Of("--os", "freebsd", "54").Error.Should().Be("wsaerr: 54 (0x36) is not a Winsock code; for an errno number try --errno 54 --os freebsd\n");
        CliRun.Of("111", "--os", "macos").Error.Should().EndWith("try --errno 111 --os macos\n");
    }

    [Fact]
    public void A_small_number_suggests_errno_for_this_os_when_none_is_given()
    {
        var os = PlatformNames.Default.GetName();

        CliRun.Of("111").Error.Should().EndWith("try --errno 111 --os " + os + "\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    public void An_empty_query_is_a_usage_error_like_no_query(string query)
    {
        var run = CliRun.Of("10054", query);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be("wsaerr: an empty query; give a code, name or HRESULT, e.g. 'wsaerr 10054' (see 'wsaerr --help')\n");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("0x")]
    public void A_non_number_after_errno_is_named_in_the_tools_words(string value)
    {
        var run = CliRun.Of("--errno", value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("wsaerr: --errno takes an errno number such as 111, not '" + value + "'. (see 'wsaerr --help')\n");
    }

    [Fact]
    public void A_directory_given_to_explain_is_a_usage_error()
    {
        var run = CliRun.Of("explain", System.AppContext.BaseDirectory);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("wsaerr: cannot read '").And.Contain("a directory, not a file");
    }

    [Fact]
    public void An_errno_without_a_winsock_counterpart_exits_1()
    {
        var run = CliRun.Of("--errno", "5", "--os", "linux");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("wsaerr: errno 5 on Linux has no Winsock counterpart\n");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("10054", "--bogus")]
    [InlineData("search")]
    [InlineData("--errno")]
    [InlineData("--errno", "abc")]
    [InlineData("--errno", "111", "--os", "bsd")]
    [InlineData("--os")]
    [InlineData("explain", "--os", "plan9")]
    [InlineData("list", "--category", "Nonsense")]
    [InlineData("search", "refused", "--limit", "-1")]
    [InlineData("search", "--limit", "x", "refused")]
    [InlineData("10054", "-x")]
    [InlineData("10054", "list")]
    [InlineData("search", " ")]
    [InlineData("")]
    [InlineData("explain", ".")]
    [InlineData]
    public void A_usage_error_exits_2_with_one_line_on_stderr(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        ShouldBeOneCleanLine(run);
        run.Error.Should().Contain("--help");
    }

    [Fact]
    public void A_bad_os_names_the_values()
    {
        var run = CliRun.Of("--errno", "111", "--os", "bsd");

        run.Error.Should().Be("wsaerr: 'bsd' is not an OS for --os; use linux, macos, freebsd, windows-crt. (see 'wsaerr --help')\n");
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var run = CliRun.Of("explain", "no-such-file.log");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("wsaerr: cannot read 'no-such-file.log': no such file (see 'wsaerr --help')\n");
    }

    [Fact]
    public void A_double_dash_lets_a_negative_number_through()
    {
        var run = CliRun.Of("--", "-2147014842");

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith("WSAECONNRESET");
    }

    [Fact]
    public void Subcommand_help_does_not_offer_the_lookup_queries()
    {
        var run = CliRun.Of("search", "--help");

        run.Out.Should().Contain(" search <text>... [options]").And.NotContain("<query>");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("search", "--help")]
    [InlineData("--version")]
    public void Help_and_version_exit_0_on_stdout(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(0);
        run.Out.Should().NotBeEmpty();
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Input_that_breaks_off_midway_is_a_failure_of_its_own_kind()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var console = new CliConsole(output, error, new BrokenReader());

        WsaerrApp.Run(["explain"], console).Should().Be(ExitCodes.Failed).And.Be(3);
        error.ToString().Should().Be("wsaerr: the pipe broke\n");
    }

    private static void ShouldBeOneCleanLine(CliRun run)
    {
        run.ErrorLines.Should().ContainSingle();
        run.Error.Should().StartWith("wsaerr: ").And.EndWith("\n");
        run.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    private sealed class BrokenReader : TextReader
    {
        public override string? ReadLine() => throw new IOException("the pipe broke");

        public override int Read(char[] buffer, int index, int count) => throw new IOException("the pipe broke");
    }
}
