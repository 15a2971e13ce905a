using FluentAssertions;
using WinsockErrors.Cli.Output;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class TextWrapperTests
{
    [Fact]
    public void Wrapping_breaks_at_spaces_and_keeps_long_words_whole()
    {
        TextWrapper.Wrap("aaa bbb ccc dddddddddddd e", 8).Should().Equal("aaa bbb", "ccc", "dddddddddddd", "e");
    }
}
