using System;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The phrase list explain matches against, built afresh for each test (the scanner builds it once per process): which texts
/// it holds, with which kind, label and flags, and its longest-first order.
/// </summary>
public class KnownPhrasesTests
{
    private readonly KnownPhrase[] _phrases = KnownPhrases.Build();

    [Fact]
    public void The_longest_text_comes_first_so_the_most_specific_wins() =>
        _phrases.Select(p => p.Text.Length).Should().BeInDescendingOrder();

    [Fact]
    public void A_wording_the_data_marks_ambiguous_names_nothing()
    {
        var ambiguous = LogWordings.File.Wordings.Where(w => w.Ambiguous).Select(w => w.Text).ToList();

        ambiguous.Should().NotBeEmpty("the data has ambiguous wordings, so this test tests something");
        _phrases.Should().NotContain(p => ambiguous.Contains(p.Text, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_system_message_long_enough_is_a_phrase_of_its_own_code_and_no_shorter_one_is()
    {
        var messages = _phrases.Where(p => p.Kind == EvidenceKind.SystemMessage).ToList();

        messages.Should().OnlyContain(p => p.Label == "system message" && !p.NeedsContext && !p.MatchCase && p.Text.Length >= 15);
        messages.Should().OnlyContain(p => p.Entry.Message.TrimEnd('.') == p.Text);
        foreach (var entry in WsaErrors.All.Where(e => e.Code != 0 && e.Message.TrimEnd('.').Length >= 15))
        {
            var isAmbiguous = LogWordings.File.Wordings.Any(w => w.Ambiguous && string.Equals(w.Text, entry.Message.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
            messages.Any(p => p.Entry.Code == entry.Code).Should().Be(!isAmbiguous, entry.Name);
        }

        _phrases.Should().NotContain(p => p.Entry.Code == 0, "NO_ERROR's message is no error");
    }

    [Fact]
    public void The_title_of_a_Berkeley_socket_code_is_its_strerror_text_and_other_titles_are_not_phrases()
    {
        var titles = _phrases.Where(p => p.Label == "BSD strerror text").ToList();

        titles.Should().NotBeEmpty();
        titles.Should().OnlyContain(p => p.Entry.Category == WsaErrorCategory.Socket && p.Kind == EvidenceKind.Wording && !p.MatchCase);
        titles.Should().OnlyContain(p => p.Text == p.Entry.Title.TrimEnd('.') && p.Text != p.Entry.Message.TrimEnd('.'));
        titles.Should().OnlyContain(p => p.NeedsContext == LogWordings.IsSharedWithFileSystems(p.Entry.Code));
        titles.Should().Contain(p => p.Text == "Connection refused" && p.Entry.Error == WsaError.WSAECONNREFUSED);
        titles.Should().Contain(p => p.Text == "Permission denied" && p.NeedsContext, "file systems print it too");
        var socketTitles = WsaErrors.All.Count(e => e.Category == WsaErrorCategory.Socket && e.Title.Length > 0 && e.Title != e.Message);
        titles.Count.Should().BeLessThanOrEqualTo(socketTitles);
    }

    [Theory]
    [InlineData("Name or service not known", WsaError.WSAHOST_NOT_FOUND, "glibc resolver text")]
    [InlineData("nodename nor servname provided, or not known", WsaError.WSAHOST_NOT_FOUND, "macOS libc resolver text")]
    [InlineData("no such host", WsaError.WSAHOST_NOT_FOUND, "Go's wording")]
    [InlineData("Could not resolve host", WsaError.WSAHOST_NOT_FOUND, "curl's wording")]
    [InlineData("Network dropped connection because of reset", WsaError.WSAENETRESET, "musl strerror text")]
    public void A_wording_is_labelled_by_where_it_comes_from(string text, WsaError error, string label)
    {
        var phrase = _phrases.Single(p => p.Text == text && p.Kind == EvidenceKind.Wording && p.Label != "BSD strerror text");

        phrase.Entry.Error.Should().Be(error);
        phrase.Label.Should().Be(label);
    }

    [Fact]
    public void A_wording_keeps_the_flags_the_data_gives_it()
    {
        foreach (var wording in LogWordings.File.Wordings.Where(w => !w.Ambiguous))
        {
            var phrase = _phrases.First(p => p.Text == wording.Text && p.Label != "BSD strerror text" && p.Kind == EvidenceKind.Wording);
            phrase.Entry.Code.Should().Be(wording.Codes[0]);
            phrase.MatchCase.Should().Be(wording.MatchCase, wording.Text);
            phrase.NeedsContext.Should().Be(wording.NeedsContext || LogWordings.IsSharedWithFileSystems(wording.Codes[0]), wording.Text);
        }
    }
}
