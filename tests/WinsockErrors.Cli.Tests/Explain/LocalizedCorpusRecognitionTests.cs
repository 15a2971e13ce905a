using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;
using Xunit.Abstractions;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// explain's recognition over both corpora (Corpus/positives.tsv and negatives.tsv in English, localized-positives.tsv
/// and localized-negatives.tsv in other languages): at least 97% of all positives with the right code, no wrong code,
/// no false positive, figures per language; and on every localized line explain names what the library's
/// <see cref="WsaErrors.TryFindByMessage(string?, out WsaErrorInfo?)"/> reads. Run with
/// <c>dotnet test --logger "console;verbosity=detailed"</c> to see the table.
/// </summary>
public class LocalizedCorpusRecognitionTests(ITestOutputHelper output)
{
    private const double RequiredRate = 0.97;

    private static IEnumerable<(string Language, string? Expected, string Text)> AllPositives =>
        CorpusLine.Positives.Select(l => ("en (English corpus)", l.Expected, l.Text))
            .Concat(LocalizedCorpusLine.Positives.Select(l => (l.Language, l.Expected, l.Text)));

    private static IEnumerable<(string Language, string Text)> AllNegatives =>
        CorpusLine.Negatives.Select(l => ("en (English corpus)", l.Text))
            .Concat(LocalizedCorpusLine.Negatives.Select(l => (l.Language, l.Text)));

    [Fact]
    public void All_positives_are_recognised_with_the_right_code_and_no_wrong_one_in_every_language()
    {
        var results = AllPositives.Select(l => (l.Language, l.Expected, l.Text, Names: Names(l.Text))).ToList();
        var right = results.Count(r => r.Names.Contains(r.Expected));
        var wrong = results.Where(r => r.Names.Any(n => n != r.Expected)).ToList();
        var rate = (double)right / results.Count;

        output.WriteLine("language              recognised   rate  wrong");
        foreach (var group in results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var hits = group.Count(r => r.Names.Contains(r.Expected));
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,5}/{2,-5} {3,6:P1} {4,5}", group.Key, hits, group.Count(), (double)hits / group.Count(), group.Count(r => r.Names.Any(n => n != r.Expected))));
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,5}/{2,-5} {3,6:P1} {4,5}", "all", right, results.Count, rate, wrong.Count));
        foreach (var miss in results.Where(r => !r.Names.Contains(r.Expected) || r.Names.Any(n => n != r.Expected)))
        {
            output.WriteLine("  " + miss.Language + ": expected " + miss.Expected + ", got [" + string.Join(", ", miss.Names) + "]: " + miss.Text);
        }

        wrong.Should().BeEmpty("no positive may be read as another error");
        rate.Should().BeGreaterThanOrEqualTo(RequiredRate);
        LocalizedCorpusLine.Positives.Count(l => Names(l.Text).Contains(l.Expected)).Should()
            .BeGreaterThanOrEqualTo((int)Math.Ceiling(RequiredRate * LocalizedCorpusLine.Positives.Count), "the localized lines alone reach the target too");
    }

    [Fact]
    public void All_negatives_name_no_error()
    {
        var falsePositives = AllNegatives.Select(l => (l.Language, l.Text, Names: Names(l.Text))).Where(r => r.Names.Length > 0).ToList();

        foreach (var group in AllNegatives.GroupBy(l => l.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,3} negatives, {2} false positives", group.Key, group.Count(), falsePositives.Count(f => f.Language == group.Key)));
        }

        falsePositives.Select(f => f.Language + " [" + string.Join(", ", f.Names) + "]: " + f.Text).Should().BeEmpty();
    }

    [Fact]
    public void On_every_localized_line_explain_names_what_the_library_reads()
    {
        var lines = LocalizedCorpusLine.Positives.Concat(LocalizedCorpusLine.Negatives).Select(l => l.Text).ToList();

        var disagreeing = (
            from line in lines
            let library = WsaErrors.TryFindByMessage(line, out var info) ? info.Name : null
            let tool = MessageNames(line)
            where library is null ? tool.Length > 0 : !tool.Contains(library)
            select "library [" + library + "], explain's messages [" + string.Join(", ", tool) + "]: " + line).ToList();

        disagreeing.Should().BeEmpty();
        lines.Where(l => WsaErrors.TryFindByMessage(l, out _)).Should().NotBeEmpty("the comparison covers lines the library reads");
    }

    private static string[] Names(string line) =>
        [.. LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Select(m => m.Entry.Name)];

    /// <summary>The errors explain names on a line by a message or a wording (the library reads no number or name).</summary>
    private static string[] MessageNames(string line) =>
        [.. LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux)
            .Where(m => m.Evidence.Any(e => e.Kind != EvidenceKind.Code))
            .Select(m => m.Entry.Name)];
}
