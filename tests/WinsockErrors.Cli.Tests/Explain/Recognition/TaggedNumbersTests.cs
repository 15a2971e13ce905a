using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The one rule that reads a tagged or bare number, and the errno cut at <see cref="WinsockRange.First"/>.</summary>
public class TaggedNumbersTests
{
    [Theory]
    [InlineData(9999, true)]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    [InlineData(10000, false)]
    [InlineData(10054, false)]
    public void A_number_below_the_Winsock_range_after_errno_is_an_errno(int number, bool errno) =>
        TaggedNumbers.IsErrno(number).Should().Be(errno);

    [Theory]
    [InlineData("Errno", "111", "WSAECONNREFUSED", true)]
    [InlineData("Errno", "10054", "WSAECONNRESET", false)]
    [InlineData("Code", "111", null, false)]
    [InlineData("Code", "995", "WSA_OPERATION_ABORTED", false)]
    [InlineData("NativeCode", "111", "WSAECONNREFUSED", true)]
    [InlineData("NativeCode", "10061", "WSAECONNREFUSED", false)]
    [InlineData("NativeCode", "x", null, false)]
    public void A_tagged_number_is_read_as_its_tag_says(string reading, string digits, string? name, bool asErrno)
    {
        var tag = System.Enum.Parse<TagReading>(reading);
        TaggedNumbers.Read(tag, digits, ErrnoPlatform.Linux, out var readAsErrno)?.Name.Should().Be(name);
        TaggedNumbers.Read(tag, digits, ErrnoPlatform.Linux, out _).Should().Match<WsaErrorInfo?>(e => (e == null) == (name == null));
        readAsErrno.Should().Be(asErrno);
    }

    [Theory]
    [InlineData("10054", "WSAECONNRESET")]
    [InlineData("0x2746", "WSAECONNRESET")]
    [InlineData("0x80072746", "WSAECONNRESET")]
    [InlineData("995", null)]
    [InlineData("0x3E3", null)]
    [InlineData("12000", null)]
    public void A_bare_number_is_a_code_from_the_range_up_or_an_HRESULT(string text, string? name) =>
        TaggedNumbers.ReadBare(text)?.Name.Should().Be(name);

    [Theory]
    [InlineData("10054", true)]
    [InlineData("11999", true)]
    [InlineData("09999", false)]
    [InlineData("12000", false)]
    [InlineData("110540", false)]
    [InlineData("x11001y", true)]
    [InlineData("", false)]
    public void The_range_holds_five_digit_numbers_from_10000_to_11999(string text, bool holds) =>
        WinsockRange.HasFiveDigitNumber(text).Should().Be(holds);
}
