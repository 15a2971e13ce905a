using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using WinsockErrors.Cli.Output;
using WinsockErrors.Cli.Search;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class UnitTests
{
    [Fact]
    public void Tag_words_join_the_number_after_them()
    {
        QueryParser.JoinTaggedNumbers(["errno", "111", "WinError", "10054", "errno", "ECONNRESET"])
            .Should().Equal("errno 111", "WinError 10054", "errno", "ECONNRESET");
    }

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

    [Fact]
    public void Search_ranks_the_phrase_in_the_message_first()
    {
        TextSearch.Search("actively refused").Select(h => h.Entry.Name).Take(2).Should().Equal("WSAECONNREFUSED", "WSAEREFUSED");
    }

    [Fact]
    public void Wrapping_breaks_at_spaces_and_keeps_long_words_whole()
    {
        TextWrapper.Wrap("aaa bbb ccc dddddddddddd e", 8).Should().Equal("aaa bbb", "ccc", "dddddddddddd", "e");
    }

    [Fact]
    public void Report_makes_any_message_one_line()
    {
        Report.OneLine("Argument 'x' not recognized. Must be one of:\n\t'a'\n\t'b'").Should().Be("Argument 'x' not recognized. Must be one of: 'a' 'b'");
    }
}
