using System;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Search;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>How search cuts text into words, matches a word or a phrase, and orders its hits.</summary>
public class TextSearchTests
{
    /// <summary>Built for each test (the tool builds one per process), so that its word lists are read in the test.</summary>
    private readonly TextSearch _search = new(WsaErrors.All);

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
        var hits = _search.Search("qos");
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
        var hits = _search.Search(query);

        hits[0].Entry.Error.Should().Be(error);
        hits[0].Score.Should().BeGreaterThan(200);
        _search.Search("connreset")[0].Score.Should().BeLessThan(200, "a part of a name earns no bonus");
    }

    [Fact]
    public void The_exact_phrase_in_a_system_message_outranks_the_same_words_apart()
    {
        var hits = _search.Search("actively refused");

        hits[0].Entry.Error.Should().Be(WsaError.WSAECONNREFUSED);
        hits.Should().OnlyContain(h => h.MatchesAllWords, "entries with every word hide the others");
    }

    [Fact]
    public void A_synonym_stands_in_only_for_a_word_no_text_uses()
    {
        _search.Search("timeout")[0].Entry.Error.Should().Be(WsaError.WSAETIMEDOUT);
        _search.Search("timeouts")[0].Entry.Error.Should().Be(WsaError.WSAETIMEDOUT);
    }

    [Fact]
    public void Search_ranks_the_phrase_in_the_message_first()
    {
        _search.Search("actively refused").Select(h => h.Entry.Name).Take(2).Should().Equal("WSAECONNREFUSED", "WSAEREFUSED");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("an")]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("to")]
    [InlineData("by")]
    [InlineData("in")]
    [InlineData("on")]
    [InlineData("is")]
    [InlineData("was")]
    [InlineData("be")]
    [InlineData("for")]
    [InlineData("or")]
    [InlineData("and")]
    [InlineData("it")]
    [InlineData("its")]
    [InlineData("this")]
    [InlineData("that")]
    [InlineData("with")]
    [InlineData("at")]
    [InlineData("as")]
    public void A_stop_word_neither_narrows_nor_ranks_a_search(string stopWord) =>
        Described(_search.Search(stopWord + " timed")).Should().Equal(Described(_search.Search("timed")));

    [Fact]
    public void A_query_of_stop_words_alone_searches_for_them() =>
        _search.Search("the").Should().NotBeEmpty();

    [Fact]
    public void An_entry_with_every_word_earns_40_points_over_the_same_match_missing_a_word()
    {
        var every = ScoreOf(_search.Search("reset"), WsaError.WSAECONNRESET);
        var missingOne = ScoreOf(_search.Search("reset xyzzy"), WsaError.WSAECONNRESET);

        (every - missingOne).Should().BeApproximately(40, 1e-9);
    }

    [Fact]
    public void The_words_in_a_row_of_the_system_message_earn_100_points_over_the_same_words_in_another_order()
    {
        var inARow = ScoreOf(_search.Search("actively refused"), WsaError.WSAECONNREFUSED);
        var reversed = ScoreOf(_search.Search("refused actively"), WsaError.WSAECONNREFUSED);

        (inARow - reversed).Should().BeApproximately(100, 1e-9);
    }

    [Fact]
    public void Every_word_of_a_system_message_finds_its_entry()
    {
        var missed = (
            from entry in WsaErrors.All
            where entry.Code != 0
            from word in new SearchText(entry.Message).Words.Distinct()
            where !_search.Search(word).Any(h => h.Entry.Code == entry.Code)
            select entry.Name + ": " + word).ToList();

        missed.Should().BeEmpty();
    }

    [Fact]
    public void A_word_of_any_field_counts_its_entry_in_the_word_s_rarity()
    {
        var uncounted = (
            from entry in WsaErrors.All
            let document = new SearchDocument(entry)
            from word in document.Names.Concat(document.Title.Words).Concat(document.Message.Words).Concat(document.Description.Words).Distinct()
            where new TextSearch([entry]).Rarity(word) != Math.Log(2)
            select entry.Name + ": " + word).ToList();

        uncounted.Should().BeEmpty("one entry of one containing the word gives ln(1 + 1/1)");
    }

    [Fact]
    public void A_word_every_entry_holds_is_least_rare_and_one_none_holds_counts_nothing()
    {
        var search = new TextSearch([WsaErrors.Get(WsaError.WSAECONNRESET), WsaErrors.Get(WsaError.WSAECONNREFUSED), WsaErrors.Get(WsaError.WSAETIMEDOUT)]);

        search.Rarity("connection").Should().BeApproximately(Math.Log(1 + (3.0 / 3)), 1e-12);
        search.Rarity("refused").Should().BeApproximately(Math.Log(1 + (3.0 / 1)), 1e-12);
        search.Rarity("xyzzy").Should().Be(0);
    }

    private static double ScoreOf(System.Collections.Generic.IReadOnlyList<SearchHit> hits, WsaError error) =>
        hits.Single(h => h.Entry.Error == error).Score;

    private static string[] Described(System.Collections.Generic.IReadOnlyList<SearchHit> hits) =>
        [.. hits.Select(h => h.Entry.Name + " " + h.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture))];
}
