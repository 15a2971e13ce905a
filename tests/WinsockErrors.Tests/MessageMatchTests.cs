using RecordedMessage = WinsockErrors.Tests.Data.LocalizedMessage;

namespace WinsockErrors.Tests;

/// <summary>
/// <see cref="WsaErrors.TryMatchMessage(string?, out WsaMessageMatch?)"/>: the same answer as
/// <see cref="WsaErrors.TryFindByMessage(string?, out WsaErrorInfo?)"/>, and where the message stands; and
/// <see cref="WsaErrors.MessageStarts"/>, the quick look before it.
/// </summary>
public class MessageMatchTests
{
    private static IEnumerable<string> CorpusLines(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[^1]);

    private static IEnumerable<string> EveryLine =>
        RecordedMessage.All.Select(m => m.Text)
            .Concat(RecordedMessage.All.SelectMany(m => m.Sources.Select(s => s.Line)))
            .Concat(WsaErrors.All.Select(e => e.Message))
            .Concat(new[] { "localized-positives.tsv", "localized-negatives.tsv", "positives.tsv", "negatives.tsv" }.SelectMany(CorpusLines));

    [Fact]
    public void Gives_the_same_answer_as_TryFindByMessage_on_every_recorded_text_and_corpus_line()
    {
        var differing = EveryLine
            .Where(line => WsaErrors.TryFindByMessage(line, out var info) != WsaErrors.TryMatchMessage(line, out var match) || !ReferenceEquals(info, match?.Info))
            .ToList();

        differing.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。", 10054, "远程主机强迫关闭了一个现有的连接", false, "zh-CN", true)]
    [InlineData("java.io.IOException: 远程主机强迫关闭了", 10054, "远程主机强迫关闭了", true, "zh-CN", true)]
    [InlineData("error: No connection could be madebecause the target\r\n machine actively refused it. (retry)", 10061, "No connection could be madebecause the target\r\n machine actively refused it", false, "en", true)]
    [InlineData("SocketException: The requested address is not valid in this context", 10049, "The requested address is not valid in this context", false, "en", false)]
    [InlineData("错误：远程主机强迫关闭了一个现有的连接．", 10054, "远程主机强迫关闭了一个现有的连接", false, "zh-CN", true)]
    [InlineData("Connection refused", 10061, "Connection refused", false, "en", false)]
    [InlineData("2024-01-01 ERROR An existing connection was forcibly closed by the remo", 10054, "An existing connection was forcibly closed by the remo", true, "en", true)]
    public void Tells_where_the_message_stands_and_what_it_is(string text, int code, string found, bool isCut, string language, bool isSystemMessage)
    {
        WsaErrors.TryMatchMessage(text, out var match).Should().BeTrue();

        match!.Info.Code.Should().Be(code);
        text.Substring(match.Index, match.Length).Should().Be(found);
        match.IsCut.Should().Be(isCut);
        match.Language.Should().Be(language);
        match.IsSystemMessage.Should().Be(isSystemMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("。，：！")]
    [InlineData("FileNotFoundError: [WinError 2] 系统找不到指定的文件。")]
    [InlineData("A request to send or receive data was disallowed because the socket")]
    public void Finds_nothing_where_TryFindByMessage_finds_nothing(string? text)
    {
        WsaErrors.TryMatchMessage(text, out var match).Should().BeFalse();
        match.Should().BeNull();
    }

    [Fact]
    public void A_huge_text_is_read_whole()
    {
        var text = new string('x', 1 << 20) + " 远程主机强迫关闭了一个现有的连接。";

        WsaErrors.TryMatchMessage(text, out var match).Should().BeTrue();
        match!.Index.Should().Be((1 << 20) + 1);
    }

    [Fact]
    public void Every_line_a_message_is_found_in_holds_a_message_start_unless_the_start_itself_is_broken()
    {
        var starts = WsaErrors.MessageStarts;
        var missing = EveryLine
            .Where(line => WsaErrors.TryMatchMessage(line, out _))
            .Where(line => !starts.Any(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        missing.Should().BeEmpty();
        starts.Should().Contain(["远程主机强迫", "An existing connecti", "Connection refused", "Eine vorhandene Verb"]);
    }

    [Fact]
    public void A_message_start_holds_eighteen_letters_or_six_cjk_characters_or_the_whole_text()
    {
        WsaErrors.MessageStarts.Should().OnlyContain(s => s.Length > 0 && char.IsLetterOrDigit(s[s.Length - 1]));
        WsaErrors.MessageStarts.Where(s => s.Any(c => c >= '\u2E80')).Should().OnlyContain(s => s.Count(char.IsLetterOrDigit) <= 6);
        WsaErrors.MessageStarts.Where(s => s.All(c => c < '\u2E80')).Should().OnlyContain(s => s.Count(char.IsLetterOrDigit) <= 18);
        WsaErrors.MessageStarts.Should().OnlyHaveUniqueItems(s => s.ToUpperInvariant());
    }
}
