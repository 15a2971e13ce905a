using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Tests.Data;

/// <summary>
/// <c>data/localized-messages.json</c> read as plain JSON, without the generator: every entry names a known code, a
/// well-formed language and a source whose posted line shows its text, and no entry is recorded twice.
/// </summary>
public class LocalizedMessagesFileTests
{
    private static readonly IReadOnlyList<LocalizedMessage> s_messages = LocalizedMessage.All;

    [Fact]
    public void Every_message_names_a_known_winsock_code()
    {
        s_messages.Should().NotBeEmpty();
        s_messages.Where(m => WsaErrors.Find(m.Code) is null).Select(m => m.Code).Should().BeEmpty();
    }

    [Fact]
    public void Every_language_tag_is_well_formed()
    {
        s_messages.Where(m => !LanguageTag.IsWellFormed(m.Language)).Select(m => m.Language).Should().BeEmpty();
        s_messages.Where(m => m.TranslatedFrom is not null && !LanguageTag.IsWellFormed(m.TranslatedFrom))
            .Select(m => m.TranslatedFrom).Should().BeEmpty();
    }

    [Fact]
    public void Windows_messages_are_in_other_languages_and_the_other_kinds_in_english()
    {
        s_messages.Select(m => m.Kind).Distinct().Should().BeSubsetOf(["windows", "runtime", "back-translation"]);
        s_messages.Where(m => m.Kind == "windows").Should().OnlyContain(m => !m.Language.StartsWith("en", StringComparison.Ordinal));
        s_messages.Where(m => m.Kind != "windows").Should().OnlyContain(m => m.Language == "en");
    }

    [Fact]
    public void Only_a_runtime_message_names_a_runtime_and_only_a_back_translation_a_source_language()
    {
        s_messages.Where(m => (m.Kind == "runtime") != (m.Runtime is not null)).Select(m => m.Text).Should().BeEmpty();
        s_messages.Where(m => m.TranslatedFrom is not null && m.Kind != "back-translation").Select(m => m.Text).Should().BeEmpty();
    }

    [Fact]
    public void Every_message_has_a_source_whose_posted_line_shows_its_text()
    {
        foreach (var message in s_messages)
        {
            message.Sources.Should().NotBeEmpty(message.Text);
            foreach (var source in message.Sources)
            {
                source.Url.Should().StartWith("https://", message.Text);
                source.Program.Should().NotBeNullOrWhiteSpace(message.Text);
                source.Line.Should().Contain(message.Core, "the line from {0} should show the text", source.Url);
            }
        }
    }

    [Fact]
    public void No_two_messages_share_code_language_and_text()
    {
        s_messages.GroupBy(m => (m.Code, m.Language, m.Text)).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Texts_carry_no_surrounding_white_space()
    {
        s_messages.Should().OnlyContain(m => m.Text.Length > 1 && m.Text.Trim() == m.Text);
    }

    [Fact]
    public void Windows_messages_cover_at_least_twelve_languages()
    {
        s_messages.Where(m => m.Kind == "windows").Select(m => m.Language).Distinct().Should().HaveCountGreaterThanOrEqualTo(12);
    }
}
