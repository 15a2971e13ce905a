using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Search;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>How search cuts text into words, matches a word or a phrase, and orders its hits.</summary>
public class TextSearchTests
{
    [Fact]
    public void Text_is_cut_into_lower_case_words_and_joined_with_a_space_at_either_end()
    {
        var text = new SearchText("Connection reset by peer.");

        text.Words.Should().Equal("connection", "reset", "by", "peer");
        text.Joined.Should().Be(" connection reset by peer ");
    }

    [Theory]
    [InlineData("reset by", true)]
    [InlineData("connection reset by peer", true)]
    [InlineData("set by", false)]
    [InlineData("reset peer", false)]
    [InlineData("", false)]
    public void A_phrase_is_whole_words_in_a_row(string phrase, bool contained) =>
        new SearchText("Connection reset by peer.").ContainsPhrase(new SearchText(phrase)).Should().Be(contained);

    [Theory]
    [InlineData("reset", 1)]
    [InlineData("res", 0.5)]
    [InlineData("re", 0)]
    [InlineData("eset", 0)]
    [InlineData("connection", 1)]
    public void A_word_matches_whole_or_as_the_start_of_a_word_of_three_letters_or_more(string word, double match) =>
        new SearchText("Connection reset by peer.").Match(word).Should().Be(match);

    [Fact]
    public void A_whole_word_wins_over_an_earlier_word_it_only_starts() =>
        new SearchText("resetting reset").Match("reset").Should().Be(1);

    [Fact]
    public void Hits_with_the_same_score_come_in_code_order()
    {
        var hits = TextSearch.Search("qos");
        var ties = hits.Zip(hits.Skip(1)).Where(p => p.First.Score == p.Second.Score).ToList();

        ties.Should().NotBeEmpty("many QoS codes score alike");
        ties.Should().OnlyContain(p => p.First.Entry.Code < p.Second.Entry.Code);
        hits.Select(h => h.Score).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("econnreset", WsaError.WSAECONNRESET)]
    [InlineData("WSAECONNREFUSED", WsaError.WSAECONNREFUSED)]
    public void An_exact_name_or_alias_earns_the_200_point_name_bonus(string query, WsaError error)
    {
        var hits = TextSearch.Search(query);

        hits[0].Entry.Error.Should().Be(error);
        hits[0].Score.Should().BeGreaterThan(200);
        TextSearch.Search("connreset")[0].Score.Should().BeLessThan(200, "a part of a name earns no bonus");
    }

    [Fact]
    public void The_exact_phrase_in_a_system_message_outranks_the_same_words_apart()
    {
        var hits = TextSearch.Search("actively refused");

        hits[0].Entry.Error.Should().Be(WsaError.WSAECONNREFUSED);
        hits.Should().OnlyContain(h => h.MatchesAllWords, "entries with every word hide the others");
    }

    [Fact]
    public void A_synonym_stands_in_only_for_a_word_no_text_uses()
    {
        TextSearch.Search("timeout")[0].Entry.Error.Should().Be(WsaError.WSAETIMEDOUT);
        TextSearch.Search("timeouts")[0].Entry.Error.Should().Be(WsaError.WSAETIMEDOUT);
    }

    [Fact]
    public void Search_ranks_the_phrase_in_the_message_first()
    {
        TextSearch.Search("actively refused").Select(h => h.Entry.Name).Take(2).Should().Equal("WSAECONNREFUSED", "WSAEREFUSED");
    }
}
