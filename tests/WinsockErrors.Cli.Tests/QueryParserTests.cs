using System.Linq;
using FluentAssertions;
using WinsockErrors.Tests.Data;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class QueryParserTests
{
    [Fact]
    public void Tag_words_join_the_number_after_them()
    {
        QueryParser.JoinTaggedNumbers(["errno", "111", "WinError", "10054", "errno", "ECONNRESET", "SocketException", "111"])
            .Should().Equal("errno 111", "WinError 10054", "errno", "ECONNRESET", "SocketException 111");
    }

    [Theory]
    [InlineData("SocketException 111", "WSAECONNREFUSED")]
    [InlineData("errno 111", "WSAECONNREFUSED")]
    [InlineData("error 995", "WSA_OPERATION_ABORTED")]
    [InlineData("HRESULT 0x80072746", "WSAECONNRESET")]
    public void A_tagged_query_is_read_as_the_tag_table_says(string query, string name) =>
        QueryParser.Resolve(query, ErrnoPlatform.Linux).Entries.Select(e => e.Name).Should().Equal(name);

    [Fact]
    public void A_negative_number_after_errno_is_an_errno_with_no_counterpart_not_an_HRESULT() =>
        QueryParser.Resolve("errno -5", ErrnoPlatform.Linux).Problem.Should().Be("errno -5 on Linux has no Winsock counterpart");

    [Theory]
    [InlineData("远程主机强迫关闭了一个现有的连接。", "WSAECONNRESET")]
    [InlineData("Eine vorhandene Verbindung wurde vom Remotehost geschlossen.", "WSAECONNRESET")]
    [InlineData("Access denied", "WSAEACCES")]                          // Mono's wording: the library reads it whole, explain only beside the network
    [InlineData("Удаленный хост принудительно разорвал существующее", "WSAECONNRESET")] // cut short
    public void A_message_is_read_by_the_library(string query, string name) =>
        QueryParser.Resolve(query, ErrnoPlatform.Linux).Entries.Select(e => e.Name).Should().Equal(name);

    [Fact]
    public void Every_recorded_text_the_library_reads_looks_up_as_the_library_reads_it()
    {
        var differing = LocalizedMessage.All
            .Where(m => WsaErrors.TryFindByMessage(m.Text, out _))
            .Select(m => (m.Text, Library: WsaErrors.TryFindByMessage(m.Text, out var info) ? info.Name : "", Tool: QueryParser.Resolve(m.Text, ErrnoPlatform.Linux).Entries.Select(e => e.Name).ToList()))
            .Where(r => r.Tool.Count != 1 || r.Tool[0] != r.Library)
            .Select(r => r.Text + ": library " + r.Library + ", tool [" + string.Join(", ", r.Tool) + "]")
            .ToList();

        differing.Should().BeEmpty();
    }

    [Fact]
    public void A_text_that_names_nothing_says_so()
    {
        var result = QueryParser.Resolve("系统找不到指定的文件。", ErrnoPlatform.Linux);

        result.Entries.Should().BeEmpty();
        result.Problem.Should().Be("no Winsock code, name, alias or message matches '系统找不到指定的文件。'");
    }

    [Theory]
    [InlineData("error 5", "error 5 (0x5) is not a Winsock code; for an errno number try --errno 5 --os linux")]
    [InlineData("0x3E8", "0x3E8 (1000) is not a Winsock code")]
    public void A_number_that_names_nothing_is_shown_in_the_other_base_with_a_hint_for_a_small_decimal(string query, string problem) =>
        QueryParser.Resolve(query, ErrnoPlatform.Linux).Problem.Should().Be(problem);
}
