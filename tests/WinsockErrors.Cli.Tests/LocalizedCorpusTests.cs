using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Tests.Data;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The localized corpus agrees with <c>data/localized-messages.json</c>: each positive line shows a recorded text of its
/// error in the form it declares, and no negative line shows any recorded text. Whether explain and the library
/// recognise them is tested in Explain/LocalizedCorpusRecognitionTests.
/// </summary>
public class LocalizedCorpusTests
{
    private const int ShortestCut = 6;

    [Fact]
    public void Every_line_has_a_known_error_a_well_formed_language_and_a_link()
    {
        var lines = LocalizedCorpusLine.Positives.Concat(LocalizedCorpusLine.Negatives).ToList();
        LocalizedCorpusLine.Positives.Should().NotBeEmpty();
        LocalizedCorpusLine.Negatives.Should().NotBeEmpty();
        LocalizedCorpusLine.Positives.Where(l => WsaErrors.Find(l.Expected) is null).Select(l => l.Expected).Should().BeEmpty();
        lines.Where(l => !LanguageTag.IsWellFormed(l.Language)).Select(l => l.Language).Should().BeEmpty();
        lines.Where(l => !l.Source.StartsWith("https://", StringComparison.Ordinal) || l.Text.Length == 0).Select(l => l.Source).Should().BeEmpty();
    }

    [Fact]
    public void Every_positive_shows_a_recorded_text_of_its_error_in_the_form_it_declares()
    {
        foreach (var line in LocalizedCorpusLine.Positives)
        {
            var texts = LocalizedMessage.All.Where(m => m.Code == WsaErrors.Find(line.Expected)!.Code).ToList();
            var whole = texts.Any(m => line.Text.Contains(m.Core, StringComparison.Ordinal));
            var form = line.Form switch
            {
                "whole" => whole,
                "wrapped" => !whole && texts.Any(m => Squeezed(line.Text).Contains(Squeezed(m.Core), StringComparison.Ordinal)),
                "cut" => !whole && texts.Any(m => EndsInside(Squeezed(line.Text), Squeezed(m.Core))),
                _ => false,
            };

            form.Should().BeTrue("{0} should show a recorded {1} text {2}: {3}", line.Source, line.Expected, line.Form, line.Text);
        }
    }

    [Fact]
    public void No_negative_shows_a_recorded_text()
    {
        var hits = LocalizedCorpusLine.Negatives
            .SelectMany(l => LocalizedMessage.All.Where(m => l.Text.Contains(m.Core, StringComparison.Ordinal)).Select(m => (l.Source, m.Text)));

        hits.Should().BeEmpty();
    }

    [Fact]
    public void Positives_cover_at_least_twelve_languages_besides_english()
    {
        LocalizedCorpusLine.Positives.Select(l => l.Language).Where(l => l != "en").Distinct().Should().HaveCountGreaterThanOrEqualTo(12);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static bool EndsInside(string line, string text) =>
        Enumerable.Range(ShortestCut, Math.Max(0, text.Length - ShortestCut)).Any(n => line.EndsWith(text[..n], StringComparison.Ordinal));
}
