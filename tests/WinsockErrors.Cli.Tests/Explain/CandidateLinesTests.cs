using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The block reader yields the lines ReadLine would, numbered as ReadLine numbers them, that the filter lets through.</summary>
public class CandidateLinesTests
{
    private readonly LineFilter _filter = Recognizers.Build().Filter;

    [Theory]
    [InlineData("WinError 10054\nplain\nerrno 111 connect\n")]
    [InlineData("WinError 10054\n\nWSAECONNRESET\n\n\nerrno 111\n")]
    [InlineData("plain\r\nWinError 10054\r\n\r\nmore\rWSAECONNRESET\r")]
    [InlineData("\n\n\r\r\n10061 x\n\rlast line WSAETIMEDOUT")]
    [InlineData("a long line that holds nothing at all for quite a while, then 10054 and then more words\nx\n")]
    [InlineData("")]
    [InlineData("no trigger here\n")]
    public void Lines_and_numbers_are_those_of_ReadLine_at_any_block_size(string input)
    {
        var expected = ReadLineWay(input);

        foreach (var blockSize in new[] { 1, 2, 3, 5, 8, 16, 1 << 20 })
        {
            CandidateLines.Read(new StringReader(input), _filter, blockSize).Should().Equal(expected, "with blocks of " + blockSize);
        }
    }

    [Fact]
    public void Lines_the_filter_turns_away_are_counted_but_not_yielded() =>
        CandidateLines.Read(new StringReader("a\nb\nWinError 995\n"), _filter).Should().Equal((3, "WinError 995"));

    private List<(int, string)> ReadLineWay(string input)
    {
        var lines = new List<(int, string)>();
        using var reader = new StringReader(input);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (_filter.MayName(line))
            {
                lines.Add((number, line));
            }
        }

        return lines;
    }
}
