using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The one tag table: how each word reads the number after it, in logs and in queries.</summary>
public class TagWordsTests
{
    private static readonly TagWord[] s_table = TagWords.Build();

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
        TagWords.Find(s_table, word).Should().Be(new TagWord(TagWords.Find(s_table, word)!.Text, System.Enum.Parse<TagReading>(reading), inLogs));

    [Fact]
    public void A_word_not_in_the_table_is_no_tag() =>
        TagWords.Find(s_table, "port").Should().BeNull();

    [Fact]
    public void Words_are_unique_and_a_longer_word_comes_before_one_it_ends_with()
    {
        var words = s_table.Select(t => t.Text.ToUpperInvariant()).ToList();
        words.Should().OnlyHaveUniqueItems();
        for (var i = 0; i < words.Count; i++)
        {
            words.Skip(i + 1).Should().NotContain(w => w.Length > words[i].Length && w.EndsWith(words[i], System.StringComparison.Ordinal), words[i] + " would take the place of a longer word");
        }
    }

    [Fact]
    public void The_default_table_is_the_built_one() =>
        TagWords.Table.Should().Equal(s_table);

    [Theory]
    [InlineData("connect failed: errno 111", "WSAECONNREFUSED")]
    [InlineData("errno=10054", "WSAECONNRESET")]
    [InlineData("connect: SocketException (111)", "WSAECONNREFUSED")]
    [InlineData("tcp os error 111", "WSAECONNREFUSED")]
    [InlineData("WSAGetLastError() = 10061", "WSAECONNREFUSED")]
    [InlineData("Win32 error 995", "WSA_OPERATION_ABORTED")]
    public void The_scanner_reads_each_log_tag(string line, string name) =>
        LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Select(m => m.Entry.Name).Should().Equal(name);

    [Theory]
    [InlineData("error 995")]
    [InlineData("code 995")]
    public void A_query_only_word_tags_nothing_in_a_log(string line) =>
        LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Should().BeEmpty();
}
