using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class LogScannerTests
{
    [Fact]
    public void A_line_mentioning_one_error_twice_gives_one_mention_with_both_pieces()
    {
        var mentions = LogScanner.Scan("SocketException (10054): An existing connection was forcibly closed by the remote host.", "-", 1, ErrnoPlatform.Linux);

        mentions.Should().ContainSingle();
        mentions[0].Entry.Name.Should().Be("WSAECONNRESET");
        mentions[0].Evidence.Select(e => e.Text).Should().Equal("SocketException (10054)", "An existing connection was forcibly closed by the remote host");
        mentions[0].Evidence.Select(e => e.Kind).Should().Equal(EvidenceKind.Code, EvidenceKind.SystemMessage);
        mentions[0].Certainty.Should().Be(EvidenceKind.Code);
    }

    [Fact]
    public void Lower_case_words_are_not_names_unless_they_start_with_wsa()
    {
        LogScanner.Scan("the host_not_found flag; wsaetimedout", "-", 1, ErrnoPlatform.Linux)
            .Select(m => m.Entry.Name).Should().Equal("WSAETIMEDOUT");
    }

    [Theory]
    [InlineData("ECONNRESET then SHUTDOWN on socket")]
    [InlineData("wsarecv: TIMEDOUT on socket")]
    [InlineData("socket TIMEDOUT")]
    public void A_SocketError_member_in_capitals_is_not_a_name(string line) =>
        LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Select(m => m.Evidence[0].Text).Should().NotContain(["SHUTDOWN", "TIMEDOUT"]);

    [Fact]
    public void A_capital_word_with_one_lower_case_letter_is_not_a_name() =>
        LogScanner.Scan("socket failed: EaFNOSUPPORT", "-", 1, ErrnoPlatform.Linux).Should().BeEmpty();

    [Fact]
    public void A_name_in_braces_is_a_word_of_its_own() =>
        LogScanner.Scan("state={WSAECONNRESET}", "-", 1, ErrnoPlatform.Linux).Select(m => m.Entry.Name).Should().Equal("WSAECONNRESET");
}
