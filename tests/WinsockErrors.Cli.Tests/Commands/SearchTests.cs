using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class SearchTests
{
    [Theory]
    [InlineData("actively refused", "WSAECONNREFUSED")]
    [InlineData("forcibly closed", "WSAECONNRESET")]
    [InlineData("Forcibly CLOSED", "WSAECONNRESET")]
    [InlineData("no such host", "WSAHOST_NOT_FOUND")]
    [InlineData("address already in use", "WSAEADDRINUSE")]
    [InlineData("connreset", "WSAECONNRESET")]
    [InlineData("ECONNABORTED", "WSAECONNABORTED")]
    [InlineData("unreachable host", "WSAEHOSTUNREACH")]
    [InlineData("WSAStartup", "WSANOTINITIALISED")]
    [InlineData("timeout", "WSAETIMEDOUT")]
    public void The_best_match_comes_first(string text, string name)
    {
        var run = CliRun.Of("search", text);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith(name + " (");
    }

    [Fact]
    public void Words_may_be_separate_arguments()
    {
        CliRun.Of("search", "actively", "refused").FirstLine.Should().Be("WSAECONNREFUSED (10061): Connection refused.");
    }

    [Fact]
    public void Each_hit_shows_its_system_message_indented()
    {
        var lines = CliRun.Of("search", "actively refused").Out.Split('\n');

        lines[1].Should().Be("    No connection could be made because the target machine actively refused it.");
    }

    [Fact]
    public void Entries_with_every_word_hide_those_with_only_some()
    {
        var run = CliRun.Of("search", "forcibly closed");

        run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [Fact]
    public void The_limit_caps_the_hits_and_says_how_many_more()
    {
        var run = CliRun.Of("search", "qos", "--limit", "3");

        run.Out.Split('\n').Count(l => l.StartsWith("WSA_QOS", System.StringComparison.Ordinal)).Should().Be(3);
        run.Out.Should().MatchRegex(@"\(\d+ more; --limit 0 shows all\)");
    }

    [Fact]
    public void Nothing_found_exits_1()
    {
        var run = CliRun.Of("search", "xyzzy plugh");

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be("wsaerr: no entry matches 'xyzzy plugh'\n");
    }

    [Fact]
    public void A_limit_of_0_shows_every_hit()
    {
        var limited = CliRun.Of("search", "qos", "--limit", "3");
        var more = int.Parse(Regex.Match(limited.Out, @"\((\d+) more;").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var all = CliRun.Of("search", "qos", "--limit", "0");

        all.ExitCode.Should().Be(0);
        Hits(all.Out).Should().Be(3 + more);
        all.Out.Should().NotContain("more;");
    }

    private static int Hits(string output) => output.Split('\n').Count(l => l.StartsWith("WSA", System.StringComparison.Ordinal));
}
