using System;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>Where the first of a set of phrases starts, ignoring case, with phrases in ASCII and beyond it.</summary>
public class PhraseStartsTests
{
    private static readonly string[] s_phrases = ["Connection refused", "WinError", "远程主机强迫", "Aucune connexion n’a", "Удаленный хост"];
    private static readonly PhraseStarts s_starts = new(s_phrases);

    [Theory]
    [InlineData("nothing here", -1)]
    [InlineData("nothing here either: 文件", -1)]
    [InlineData("x WinError 10054", 2)]
    [InlineData("ab 远程主机强迫关闭了 WinError", 3)]
    [InlineData("WinError 10054 远程主机强迫关闭了", 0)]
    [InlineData("msg: Aucune connexion n’a pu être établie", 5)]
    [InlineData("msg: AUCUNE CONNEXION N’A pu, then connection refused", 5)]
    [InlineData("connection refused, then Aucune connexion n’a pu", 0)]
    [InlineData("java: УДАЛЕННЫЙ ХОСТ принудительно", 6)]
    [InlineData("é then connection refused", 7)]
    [InlineData("WinError 远程主机强迫", 0)]
    public void Finds_the_first_phrase_in_ASCII_or_beyond_it(string text, int index) =>
        s_starts.IndexIn(text).Should().Be(index);

    [Fact]
    public void A_long_phrase_beyond_ASCII_that_holds_an_ASCII_phrase_is_found_first()
    {
        // "connexion" starts 7 characters after the longer phrase, which is 14 characters longer than the shortest.
        var starts = new PhraseStarts(["connexion", "远程主机强迫", "Aucune connexion n’a"]);

        starts.IndexIn("msg: Aucune connexion n’a pu").Should().Be(5);
    }

    [Fact]
    public void Gives_what_trying_every_phrase_gives_on_every_corpus_line()
    {
        var phrases = WsaErrors.MessageStarts.Concat(["WinError", "errno", "Connection refused"]).ToArray();
        var starts = new PhraseStarts(phrases);
        var lines = CorpusLine.Positives.Concat(CorpusLine.Negatives).Select(l => l.Text)
            .Concat(LocalizedCorpusLine.Positives.Concat(LocalizedCorpusLine.Negatives).Select(l => l.Text))
            .SelectMany(l => new[] { l, l.ToUpperInvariant(), "é " + l, l + " 远程主机强迫" });

        lines.Where(l => starts.IndexIn(l) != Plain(phrases, l)).Should().BeEmpty();
    }

    private static int Plain(string[] phrases, string text) =>
        phrases.Select(p => text.IndexOf(p, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
}
