using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class QueryParserTests
{
    [Fact]
    public void Tag_words_join_the_number_after_them()
    {
        QueryParser.JoinTaggedNumbers(["errno", "111", "WinError", "10054", "errno", "ECONNRESET"])
            .Should().Equal("errno 111", "WinError 10054", "errno", "ECONNRESET");
    }
}
