using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The one tag table: how each word reads the number after it, in logs and in queries. The table and the recognizers are
/// built afresh for each test (the tool builds them once per process), so that a change to the table shows here.
/// </summary>
public class TagWordsTests
{
    private readonly TagWord[] _table = TagWords.Build();
    private readonly Recognizers _recognizers = Recognizers.Build();

    [Theory]
    [InlineData("winerror", "Code", true)]
    [InlineData("HRESULT", "Code", true)]
    [InlineData("Errno", "Errno", true)]
    [InlineData("SocketException", "NativeCode", true)]
    [InlineData("os error", "NativeCode", true)]
    [InlineData("WSAGetLastError", "Code", true)]
    [InlineData("error", "Code", false)]
    [InlineData("code", "Code", false)]
    public void Each_word_says_how_the_number_is_read_and_where(string word, string reading, bool inLogs) =>
        TagWords.Find(_table, word).Should().Be(new TagWord(TagWords.Find(_table, word)!.Text, System.Enum.Parse<TagReading>(reading), inLogs));

    [Fact]
    public void A_word_not_in_the_table_is_no_tag() =>
        TagWords.Find(_table, "port").Should().BeNull();

    [Fact]
    public void Words_are_unique_and_a_longer_word_comes_before_one_it_ends_with()
    {
        var words = _table.Select(t => t.Text.ToUpperInvariant()).ToList();
        words.Should().OnlyHaveUniqueItems();
        for (var i = 0; i < words.Count; i++)
        {
            words.Skip(i + 1).Should().NotContain(w => w.Length > words[i].Length && w.EndsWith(words[i], System.StringComparison.Ordinal), words[i] + " would take the place of a longer word");
        }
    }

    [Fact]
    public void The_default_table_is_the_built_one() =>
        TagWords.Table.Should().Equal(_table);

    [Theory]
    [InlineData("connect failed: errno 111", "WSAECONNREFUSED")]
    [InlineData("errno=10054", "WSAECONNRESET")]
    [InlineData("connect: SocketException (111)", "WSAECONNREFUSED")]
    [InlineData("tcp os error 111", "WSAECONNREFUSED")]
    [InlineData("WSAGetLastError() = 995", "WSA_OPERATION_ABORTED")]
    [InlineData("GetLastError() = 995", "WSA_OPERATION_ABORTED")]
    [InlineData("Win32 error 995", "WSA_OPERATION_ABORTED")]
    [InlineData("[WinError 995] aborted", "WSA_OPERATION_ABORTED")]
    [InlineData("[winerror 995] aborted", "WSA_OPERATION_ABORTED")]
    [InlineData("Win32Exception (995): aborted", "WSA_OPERATION_ABORTED")]
    [InlineData("read failed, error code 995", "WSA_OPERATION_ABORTED")]
    [InlineData("NativeErrorCode: 995", "WSA_OPERATION_ABORTED")]
    [InlineData("ErrorCode=995", "WSA_OPERATION_ABORTED")]
    [InlineData("socket error 995", "WSA_OPERATION_ABORTED")]
    [InlineData("HRESULT 995", "WSA_OPERATION_ABORTED")]
    public void The_scanner_reads_each_log_tag(string line, string name) =>
        LogScanner.Scan(_recognizers, line, "-", 1, ErrnoPlatform.Linux, filtered: true).Select(m => m.Entry.Name).Should().Equal(name);

    [Theory]
    [InlineData("error 995")]
    [InlineData("code 995")]
    public void A_query_only_word_tags_nothing_in_a_log(string line) =>
        LogScanner.Scan(_recognizers, line, "-", 1, ErrnoPlatform.Linux, filtered: true).Should().BeEmpty();
}
