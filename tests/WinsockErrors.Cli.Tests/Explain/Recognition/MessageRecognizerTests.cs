using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The library's messages in explain: where the hit stands, what it is called, when it needs a line about the network,
/// and how it sits beside the phrase reader's hits and the codes on the same line.
/// </summary>
public class MessageRecognizerTests
{
    [Theory]
    [InlineData("ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。", "远程主机强迫关闭了一个现有的连接", "SystemMessage", "system message (zh-CN)")]
    [InlineData("java.io.IOException: 远程主机强迫关闭了", "远程主机强迫关闭了", "Prefix", "start of the system message (zh-CN)")]
    [InlineData("SocketException: The requested address is not valid in this context", "The requested address is not valid in this context", "Wording", "recorded wording")]
    [InlineData("SocketException: The requested address is not valid in th", "The requested address is not valid in th", "Prefix", "start of the recorded wording")]
    [InlineData("error: No connection could be madebecause the target machine actively refused it.", "No connection could be madebecause the target machine actively refused it", "SystemMessage", "system message")]
    public void A_hit_covers_the_message_and_says_what_it_is(string line, string text, string kind, string label)
    {
        var hits = Find(line);

        hits.Should().ContainSingle(h => h.Evidence.Text == text);
        var hit = hits.Single(h => h.Evidence.Text == text);
        hit.Index.Should().Be(line.IndexOf(text, System.StringComparison.Ordinal));
        hit.Evidence.Kind.ToString().Should().Be(kind);
        hit.Evidence.Label.Should().Be(label);
    }

    [Fact]
    public void Windows_messages_name_their_error_anywhere_and_runtime_wordings_shared_with_file_systems_only_beside_the_network()
    {
        Find("远程主机强迫关闭了一个现有的连接。").Should().ContainSingle().Which.NeedsContext.Should().BeFalse();
        Find("Access denied").Should().BeEmpty("Mono's EACCES wording names a socket error only on a line about the network");
        Find("socket send: Access denied").Should().BeEmpty("a short wording counts only as the whole text, as the library reads it");
    }

    [Fact]
    public void Two_messages_on_a_line_are_both_found()
    {
        var hits = Find("由于目标计算机积极拒绝，无法连接。 then 远程主机强迫关闭了一个现有的连接。");

        hits.Select(h => h.Entry.Name).Should().Equal("WSAECONNREFUSED", "WSAECONNRESET");
    }

    [Fact]
    public void A_line_is_searched_for_at_most_eight_messages()
    {
        var line = string.Concat(Enumerable.Repeat("远程主机强迫关闭了一个现有的连接。 ", 10));

        Find(line).Should().HaveCount(8);
    }

    [Fact]
    public void A_message_cut_short_counts_only_at_the_end_of_the_line()
    {
        Find("远程主机强迫关闭了 then 由于目标计算机积极拒绝，无法连接。").Select(h => h.Entry.Name).Should().Equal("WSAECONNREFUSED");
        Find("由于目标计算机积极拒绝，无法连接。 then 远程主机强迫关闭了").Select(h => h.Entry.Name).Should().Equal("WSAECONNREFUSED", "WSAECONNRESET");
    }

    [Fact]
    public void An_english_system_message_the_phrase_reader_finds_is_not_found_twice()
    {
        var mentions = LogScanner.Scan("SocketException: An existing connection was forcibly closed by the remote host.", "-", 1, ErrnoPlatform.Linux);

        mentions.Should().ContainSingle().Which.Evidence.Should().ContainSingle().Which.Label.Should().Be("system message");
    }

    [Fact]
    public void A_code_and_a_message_on_one_line_make_one_mention_with_both_pieces()
    {
        var mentions = LogScanner.Scan("ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。", "-", 1, ErrnoPlatform.Linux);

        mentions.Should().ContainSingle().Which.Evidence.Select(e => e.Kind).Should().Equal(EvidenceKind.Code, EvidenceKind.SystemMessage);
    }

    private static System.Collections.Generic.List<LogHit> Find(string line)
    {
        var scan = new LineScan(line, ErrnoPlatform.Linux, filtered: true);
        new MessageRecognizer().Find(scan);
        return [.. scan.Hits.OrderBy(h => h.Index)];
    }
}
