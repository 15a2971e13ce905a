using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>What the tool says for misses and misplaced arguments, word for word, and how explain counts and reads names.</summary>
public class MessageTests
{
    [Theory]
    [InlineData(new[] { "--bogus" }, 2, "wsaerr: unknown option '--bogus' (see 'wsaerr --help')")]
    [InlineData(new[] { "10054", "search", "reset" }, 2, "wsaerr: '10054' before 'search': put queries after 'wsaerr' alone (see 'wsaerr --help')")]
    [InlineData(new[] { "0x80070005" }, 1, "wsaerr: HRESULT 0x80070005 does not wrap a Winsock code")]
    [InlineData(new[] { "0x2746x" }, 1, "wsaerr: no Winsock code, name, alias or message matches '0x2746x'")]
    [InlineData(new[] { "--os", "linux", "999" }, 1, "wsaerr: 999 (0x3E7) is not a Winsock code; for an errno number try --errno 999 --os linux")]
    [InlineData(new[] { "--os", "linux", "1" }, 1, "wsaerr: 1 (0x1) is not a Winsock code; for an errno number try --errno 1 --os linux")]
    [InlineData(new[] { "--os", "linux", "1000" }, 1, "wsaerr: 1000 (0x3E8) is not a Winsock code")]
    [InlineData(new[] { "--os", "linux", "-1" }, 1, "wsaerr: HRESULT 0xFFFFFFFF does not wrap a Winsock code")]
    [InlineData(new[] { "--os", "linux", "errno", "0" }, 1, "wsaerr: errno 0 on Linux has no Winsock counterpart")]
    public void A_miss_or_a_misplaced_argument_says_what_was_wrong(string[] args, int exitCode, string line)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(exitCode);
        run.ErrorLines.Should().Equal(line);
    }

    [Fact]
    public void A_query_in_brackets_is_read_without_them() =>
        CliRun.Of("[10054]").FirstLine.Should().Be("WSAECONNRESET (10054): Connection reset by peer.");

    [Theory]
    [InlineData("WSAECONNRESET\n", "1 error mentioned:")]
    [InlineData("WSAECONNRESET and WSAETIMEDOUT\n", "2 errors mentioned:")]
    public void Explain_counts_the_errors_it_found(string log, string summary) =>
        CliRun.WithInput(log, "explain").Out.Split('\n').Should().Contain(summary);

    [Theory]
    [InlineData("xWSAECONNRESET")]
    [InlineData("WSAECONNRESET9")]
    [InlineData("ZWSAECONNRESET")]
    [InlineData("WSAECONNRESETz")]
    [InlineData("_WSAECONNRESET")]
    public void A_name_inside_a_longer_word_is_not_read(string word)
    {
        var run = CliRun.WithInput("socket failed: " + word + "\n", "explain");

        run.Out.Should().NotContain("WSAECONNRESET (10054)");
    }

    [Theory]
    [InlineData("socket failed: WSAECONNRESET.", "WSAECONNRESET (10054)")]
    [InlineData("socket failed:WSAETIMEDOUT", "WSAETIMEDOUT (10060)")]
    [InlineData("(WSAEADDRINUSE)", "WSAEADDRINUSE (10048)")]
    public void A_name_between_punctuation_is_read(string line, string expected) =>
        CliRun.WithInput(line + "\n", "explain").FirstLine.Should().StartWith("line 1: " + expected);

    [Theory]
    [InlineData("connect failed: errno 10054", "WSAECONNRESET (10054)", "(code)")]
    [InlineData("connect failed: errno 10000", null, null)]
    [InlineData("connect failed: errno 9999", null, null)]
    public void An_errno_of_10000_or_more_is_a_Winsock_code_never_an_errno(string line, string? expected, string? label)
    {
        var run = CliRun.WithInput(line + "\n", "explain", "--os", "linux");

        if (expected is null)
        {
            run.Out.Should().NotContain("errno)").And.NotContain("(code)");
        }
        else
        {
            run.FirstLine.Should().StartWith("line 1: " + expected).And.EndWith(label);
        }
    }
}
