using System.Globalization;
using RecordedMessage = WinsockErrors.Tests.Data.LocalizedMessage;

namespace WinsockErrors.Tests;

/// <summary><see cref="WsaErrors.TryFindByMessage(string?, out WsaErrorInfo?)"/>: system messages in every recorded language.</summary>
public class MessageLookupTests
{
    private static string CorpusPath(string file) => Path.Combine(AppContext.BaseDirectory, "Corpus", file);

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(CorpusPath(file)).Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line => line.Split('\t'));

    public static TheoryData<int, string> RecordedTexts() =>
        ToTheoryData(RecordedMessage.All.Select(m => (m.Code, m.Text)).Distinct().Where(m => !SharedByTwoCodes(m.Text)));

    public static TheoryData<int, string> PostedLines() =>
        ToTheoryData(RecordedMessage.All.Where(m => !SharedByTwoCodes(m.Text) && IsLongEnoughToSearch(m.Text)).SelectMany(m => m.Sources.Select(s => (m.Code, s.Line))).Distinct());

    private static TheoryData<int, string> ToTheoryData(IEnumerable<(int Code, string Text)> rows)
    {
        var data = new TheoryData<int, string>();
        foreach (var (code, text) in rows)
        {
            data.Add(code, text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordedTexts))]
    public void Every_recorded_text_names_its_code(int code, string text)
    {
        WsaErrors.TryFindByMessage(text, out var info).Should().BeTrue();
        info!.Code.Should().Be(code);
    }

    [Theory]
    [MemberData(nameof(PostedLines))]
    public void Every_line_posted_as_a_source_of_a_long_text_names_its_code(int code, string line)
    {
        WsaErrors.TryFindByMessage(line, out var info).Should().BeTrue(line);
        info!.Code.Should().Be(code, line);
    }

    [Fact]
    public void Every_english_system_message_names_its_entry()
    {
        foreach (var entry in WsaErrors.All.Where(e => !SharedByTwoCodes(e.Message)))
        {
            // A short message ("The handle is invalid.") is read only whole; a long one anywhere in a line.
            var line = IsLongEnoughToSearch(entry.Message) ? "SocketException: " + entry.Message : entry.Message;
            WsaErrors.TryFindByMessage(line, out var info).Should().BeTrue(line);
            info.Should().BeSameAs(entry);
        }
    }

    [Theory]
    [InlineData("No connection could be made because the target machine actively refused it.", 10061)]
    [InlineData("No connection could be madebecause the target machine actively refused it", 10061)]             // a space lost to wrapping
    [InlineData("No connection could be made because the target\r\n machine actively refused it.", 10061)]      // a line break inserted
    [InlineData("ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接", 10054)]                // no final 。
    [InlineData("错误：远程主机强迫关闭了一个现有的连接．", 10054)]                                                   // full-width punctuation
    [InlineData("ＡＮ ＥＸＩＳＴＩＮＧ ＣＯＮＮＥＣＴＩＯＮ ＷＡＳ ＦＯＲＣＩＢＬＹ ＣＬＯＳＥＤ ＢＹ ＴＨＥ ＲＥＭＯＴＥ ＨＯＳＴ", 10054) ] // full-width letters
    [InlineData("2024-01-01 ERROR An existing connection was forcibly closed by the remo", 10054)]             // cut at the end of the line
    [InlineData("java.io.IOException: 远程主机强迫关闭了", 10054)]                                                    // cut: 9 CJK characters
    public void Reads_messages_as_logs_mangle_them(string text, int code)
    {
        WsaErrors.TryFindByMessage(text, out var info).Should().BeTrue();
        info!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("An existing connection was")]                                                 // too little is left to tell
    [InlineData("A request to send or receive data was disallowed because the socket")]        // 10057 and 10058 both begin so
    [InlineData("java.io.IOException: 远程主机")]                                                // 4 CJK characters
    [InlineData("The call was interrupted by the user")]                                      // Mono's "interrupted" counts only whole
    [InlineData("An existing connection was forcibly closed by the remo; retrying in 5 s")]         // cut, then more text: not a cut at the end
    public void Does_not_guess(string text)
    {
        WsaErrors.TryFindByMessage(text, out var info).Should().BeFalse();
        info.Should().BeNull();
    }

    [Fact]
    public void A_whole_message_is_found_wherever_it_stands()
    {
        WsaErrors.TryFindByMessage("An existing connection was forcibly closed by the remote host; retrying in 5 s", out var info).Should().BeTrue();
        info!.Code.Should().Be(10054);
    }

    [Fact]
    public void A_short_runtime_wording_counts_when_it_is_the_whole_text()
    {
        WsaErrors.TryFindByMessage("interrupted", out var info).Should().BeTrue();
        info!.Error.Should().Be(WsaError.WSAEINTR);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\r\n")]
    [InlineData("。，：！")]
    public void Empty_and_punctuation_only_texts_name_nothing(string? text) =>
        WsaErrors.TryFindByMessage(text, out _).Should().BeFalse();

    [Fact]
    public void A_huge_text_is_read_whole()
    {
        var noise = new string('x', 1 << 20);

        WsaErrors.TryFindByMessage(noise, out _).Should().BeFalse();
        WsaErrors.TryFindByMessage(noise + " No connection could be made because the target machine actively refused it.", out var info).Should().BeTrue();
        info!.Code.Should().Be(10061);
    }

    [Fact]
    public void The_current_culture_does_not_matter()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            WsaErrors.TryFindByMessage("AN EXISTING CONNECTION WAS FORCIBLY CLOSED BY THE REMOTE HOST.", out var info).Should().BeTrue();
            info!.Code.Should().Be(10054);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Lines_that_are_not_socket_errors_name_nothing()
    {
        var lines = Rows("localized-negatives.tsv").Select(row => row[^1]).Concat(Rows("negatives.tsv").Select(row => row[^1])).ToList();

        lines.Should().HaveCountGreaterThan(90);
        lines.Where(line => WsaErrors.TryFindByMessage(line, out _)).Should().BeEmpty();
    }

    [Fact]
    public void The_localized_corpus_is_read_with_no_wrong_answer()
    {
        var rows = Rows("localized-positives.tsv").ToList();
        var wrong = new List<string>();
        var missed = new List<string>();
        foreach (var row in rows)
        {
            if (!WsaErrors.TryFindByMessage(row[^1], out var info))
            {
                missed.Add(row[^1]);
            }
            else if (info.Name != row[0])
            {
                wrong.Add($"{row[0]} read as {info.Name}: {row[^1]}");
            }
        }

        wrong.Should().BeEmpty();
        missed.Count.Should().BeLessThanOrEqualTo(rows.Count * 3 / 100, "at least 97 % must be read; missed: " + string.Join(" | ", missed));
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void Looking_up_a_message_allocates_nothing()
    {
        string[] texts = ["ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。", "No connection could be madebecause the target", "nothing here"];
        foreach (var text in texts)
        {
            WsaErrors.TryFindByMessage(text, out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var text in texts)
            {
                WsaErrors.TryFindByMessage(text, out _);
            }
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
#endif

    private static bool SharedByTwoCodes(string text) =>
        RecordedMessage.All.Where(m => Normalized(m.Text) == Normalized(text)).Select(m => m.Code)
            .Concat(WsaErrors.All.Where(e => Normalized(e.Message) == Normalized(text)).Select(e => e.Code))
            .Distinct().Count() > 1;

    /// <summary>Short texts (Mono's "Connection refused") are read only whole, so a line that holds one does not count.</summary>
    /// <remarks>24 letters or digits, each CJK character counting 3, as the documentation of TryFindByMessage says.</remarks>
    private static bool IsLongEnoughToSearch(string text) => Normalized(text).Sum(c => c >= '\u2E80' ? 3 : 1) >= 24;

    private static string Normalized(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
