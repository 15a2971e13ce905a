using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The quick look before the scanner: what lets a line through, and the 5-digit numbers from 10000 to 11999.</summary>
public class LineFilterTests
{
    [Theory]
    [InlineData("10054", true)]
    [InlineData("code 10054 here", true)]
    [InlineData("error 11001", true)]
    [InlineData("at the end 11999", true)]
    [InlineData("100540", false)]
    [InlineData("1005", false)]
    [InlineData("12054", false)]
    [InlineData("09054", false)]
    [InlineData("20054 and 1005", false)]
    [InlineData("123456 then 10061", true)]
    [InlineData("no number at all", false)]
    [InlineData("0x2746", true)]
    [InlineData("hr -2147014842", true)]
    [InlineData("", false)]
    public void A_bare_number_may_stand_only_as_five_digits_from_10000_to_11999_hex_or_a_negative_HRESULT(string line, bool may) =>
        LineFilter.MayHaveBareNumber(line).Should().Be(may);

    [Fact]
    public void Every_text_the_scanner_looks_for_opens_the_filter()
    {
        var triggers = LineFilter.Triggers().ToHashSet();

        triggers.Should().Contain(LineFilter.TagWords);
        triggers.Should().Contain(["WSA", "SocketError", "0x", "-214"]);
        triggers.Should().Contain(PhraseFinder.Starts);
        triggers.Should().Contain(WsaErrors.All.SelectMany(e => e.Aliases));
        triggers.Should().Contain(WsaErrors.All.SelectMany(e => e.Errno.Select(x => x.Name)));
    }

    [Theory]
    [InlineData("WinError 10054", true)]
    [InlineData("errno=111", true)]
    [InlineData("os error 111", true)]
    [InlineData("plain words", false)]
    public void A_tag_word_opens_the_tagged_number_search(string line, bool has) =>
        LineFilter.HasTagWord(line).Should().Be(has);
}
