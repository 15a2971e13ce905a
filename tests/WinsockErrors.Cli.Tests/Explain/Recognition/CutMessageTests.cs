using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// System messages a logger cut short: where the cut may be, how long the part present must be, and a part two
/// messages share; and wordings the data says to match in their own case only.
/// </summary>
public class CutMessageTests
{
    private const string Prefix = "[prefix of a system message] from ";

    [Theory]
    [InlineData("msg: An existing connection was forcibly closed by the")]
    [InlineData("msg: \"An existing connection was forcibly closed by the\"")]
    [InlineData("msg: (An existing connection was forcibly closed by the)")]
    [InlineData("msg: An existing connection was forcibly closed by the…")]
    [InlineData("msg: An existing connection was forcibly closed by the$")]
    [InlineData("msg: An existing connection was forcibly closed by the... (truncated)")]
    [InlineData("msg: An existing connection was for")]
    [InlineData("msg: An existing connection was fo")]               // 25 letters: the library reads 24 or more
    [InlineData("java.io.IOException: 远程主机强迫关闭了")]                // 9 Chinese characters, each weighing 3
    public void A_message_cut_at_the_end_of_the_line_or_at_a_cut_mark_names_its_error(string line) =>
        Explain(line).Should().StartWith("line 1: WSAECONNRESET (10054) " + Prefix);

    [Theory]
    [InlineData("msg: An existing connection was forcibly closed by the remote dog")]
    [InlineData("msg: An existing connection was")]
    [InlineData("java.io.IOException: 远程主机强迫")]
    [InlineData("msg: An existing connection was forcibly closed by the .. x")]
    public void Words_that_go_on_differently_or_a_part_under_24_letters_name_nothing(string line) =>
        Explain(line).Should().BeEmpty();

    [Theory]
    [InlineData("A request to send or receive data was disallowed because the socket")]
    [InlineData("A socket operation was attempted to an unreachable")]
    public void A_part_that_two_messages_start_with_names_neither(string part) =>
        Explain("msg: " + part).Should().BeEmpty();

    [Theory]
    [InlineData("curl: (28) Timed out", true)]
    [InlineData("curl: (28) timed out", false)]
    [InlineData("curl: (28) TIMED OUT", false)]
    public void A_wording_marked_match_case_is_read_in_its_own_case_only(string line, bool read) =>
        Explain(line).StartsWith("line 1: WSAETIMEDOUT (10060)", System.StringComparison.Ordinal).Should().Be(read);

    private static string Explain(string line)
    {
        var run = CliRun.WithInput(line + "\n", "explain", "--os", "linux");
        return run.ExitCode == 0 ? run.FirstLine : string.Empty;
    }
}
