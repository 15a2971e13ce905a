using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The quick look before the scanner: what lets a line through, the 5-digit numbers from 10000 to 11999, and that it
/// never changes what the scanner finds on a corpus line.
/// </summary>
public class LineFilterTests
{
    private readonly Recognizers _recognizers = Recognizers.Build();

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
        new LineFilter([new BareNumberRecognizer()]).MayName(line).Should().Be(may);

    [Fact]
    public void Every_corpus_line_scans_the_same_with_the_filter_as_without_it()
    {
        var lines = CorpusLine.Positives.Concat(CorpusLine.Negatives).Select(l => l.Text)
            .Concat(LocalizedCorpusLine.Positives.Concat(LocalizedCorpusLine.Negatives).Select(l => l.Text)).ToList();
        var platforms = Enum.GetValues<ErrnoPlatform>();

        var differing = (
            from line in lines
            from platform in platforms
            let filtered = Describe(LogScanner.Scan(_recognizers, line, "-", 1, platform, filtered: true))
            let unfiltered = Describe(LogScanner.Scan(_recognizers, line, "-", 1, platform, filtered: false))
            where filtered != unfiltered
            select platform + ": " + line + " gives [" + filtered + "] filtered, [" + unfiltered + "] unfiltered").ToList();

        differing.Should().BeEmpty("the filter may only skip lines the scanner would find nothing in");
        lines.Should().Contain(l => !_recognizers.Filter.MayName(l), "some corpus lines are turned away, so the comparison covers the filter");
        lines.Where(l => platforms.Any(p => LogScanner.Scan(_recognizers, l, "-", 1, p, filtered: false).Count > 0))
            .Should().OnlyContain(l => _recognizers.Filter.MayName(l), "every line that names an error holds a trigger");
    }

    [Fact]
    public void A_filter_takes_up_to_31_recognizers_one_bit_each()
    {
        var most = new LineFilter(Enumerable.Range(0, 31).Select(_ => new BareNumberRecognizer()));
        var tooMany = () => new LineFilter(Enumerable.Range(0, 32).Select(_ => new BareNumberRecognizer()));

        most.Triggered("10054").Should().Be(int.MaxValue, "each of the 31 recognizers has its bit");
        tooMany.Should().Throw<ArgumentException>().WithMessage("at most 31 recognizers*").And.ParamName.Should().Be("recognizers");
    }

    [Fact]
    public void The_filter_holds_every_recognizer_s_triggers()
    {
        var filter = _recognizers.Filter;

        filter.Triggers.Should().Contain(["WinError", "errno", "os error", "0x", "-214", "SocketError", "WSA", "ECONNRESET", "Connection refused"]);
        filter.Triggers.Should().Contain("EAI_MEMORY", "an alias is a trigger").And.Contain("EBADF", "an errno name is a trigger");
        filter.Triggers.Should().NotContain("code", "a tag word only queries read is no trigger in a log");
        filter.MayName("overlapped read cancelled: WINERROR 995").Should().BeTrue();
        filter.MayName("retry 10061 later").Should().BeTrue("a five-digit number in the range is a trigger no text can say");
        filter.MayName("retry 12061 later, code 995").Should().BeFalse();
    }

    [Fact]
    public void Only_the_recognizers_with_a_trigger_in_the_line_are_triggered()
    {
        var filter = _recognizers.Filter;

        Names(filter.Triggered("WinError 10054")).Should().Equal("TaggedNumberRecognizer", "BareNumberRecognizer");
        Names(filter.Triggered("SocketError.TimedOut: connection refused")).Should().Equal("SocketErrorNameRecognizer", "PhraseRecognizer", "MessageRecognizer");
        Names(filter.Triggered("java.io.IOException: 远程主机强迫关闭了一个现有的连接。")).Should().Equal("MessageRecognizer");
        Names(filter.Triggered("wsarecv: ECONNRESET")).Should().Contain("NameRecognizer").And.NotContain(["TaggedNumberRecognizer", "BareNumberRecognizer"]);
        Names(filter.Triggered("nothing here")).Should().BeEmpty();
    }

    private string[] Names(int triggered) =>
        [.. _recognizers.All.Where((_, i) => (triggered & (1 << i)) != 0).Select(r => r.GetType().Name)];

    private static string Describe(List<LogMention> mentions) =>
        string.Join("; ", mentions.Select(m => m.Entry.Name + " by " + string.Join(", ", m.Evidence.Select(e => e.Kind + " '" + e.Text + "' (" + e.Label + ")"))));

    [Theory]
    [InlineData("WinError 10054", true)]
    [InlineData("errno=111", true)]
    [InlineData("os error 111", true)]
    [InlineData("plain words", false)]
    public void A_tag_word_opens_the_tagged_number_search(string line, bool has) =>
        new LineFilter([new TaggedNumberRecognizer(TagWords.Build())]).MayName(line).Should().Be(has);
}
