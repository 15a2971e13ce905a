using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Search;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The searchable form of one entry, built here from the entry (the search builds its documents once per process):
/// names and aliases in lower case, a title only where Microsoft's list has one, and the name rules.
/// </summary>
public class SearchDocumentTests
{
    [Fact]
    public void The_names_are_the_macro_name_and_every_alias_in_lower_case()
    {
        var document = new SearchDocument(WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND));

        document.Names.Should().Equal(["wsahost_not_found", .. WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND).Aliases.Select(a => a.ToLowerInvariant())]);
        document.Names.Count.Should().BeGreaterThan(1, "WSAHOST_NOT_FOUND has aliases, so they are tested");
    }

    [Fact]
    public void A_title_that_only_repeats_the_system_message_is_not_searched_twice()
    {
        var repeated = WsaErrors.Get(WsaError.WSA_SECURE_HOST_NOT_FOUND);
        var own = WsaErrors.Get(WsaError.WSAECONNRESET);

        repeated.Title.Should().Be(repeated.Message, "the list has no title for it");
        new SearchDocument(repeated).Title.Words.Should().BeEmpty();
        new SearchDocument(repeated).Message.Words.Should().NotBeEmpty();
        new SearchDocument(own).Title.Words.Should().Equal("connection", "reset", "by", "peer");
    }

    [Theory]
    [InlineData("refused", 1)]
    [InlineData("wsaeconnrefused", 1)]
    [InlineData("econnrefused", 1)]
    [InlineData("conn", 1)]
    [InlineData("con", 0)]
    [InlineData("reset", 0)]
    public void A_name_matches_a_word_of_four_letters_or_more_inside_it(string word, double match) =>
        new SearchDocument(WsaErrors.Get(WsaError.WSAECONNREFUSED)).MatchName(word).Should().Be(match);

    [Theory]
    [InlineData("wsaeconnrefused", true)]
    [InlineData("econnrefused", true)]
    [InlineData("refused", false)]
    [InlineData("wsaeconnrefusedx", false)]
    public void Being_named_means_the_whole_name_or_an_alias(string word, bool named) =>
        new SearchDocument(WsaErrors.Get(WsaError.WSAECONNREFUSED)).IsNamed(word).Should().Be(named);
}
