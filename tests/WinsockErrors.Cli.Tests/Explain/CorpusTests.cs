using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;
using Xunit.Abstractions;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// explain's recognition on real lines posted in public threads (Corpus/positives.tsv and negatives.tsv): at least
/// 97% of positives with the right code, no wrong code, no false positive. Run with
/// <c>dotnet test --logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const double RequiredRate = 0.97;

    [Fact]
    public void Positives_are_recognised_with_the_right_code_and_no_wrong_one()
    {
        var results = CorpusLine.Positives.Select(l => (Line: l, Names: Names(l.Text))).ToList();
        var right = results.Count(r => r.Names.Contains(r.Line.Expected));
        var wrong = results.Where(r => r.Names.Any(n => n != r.Line.Expected)).ToList();
        var rate = (double)right / results.Count;

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "positives: {0}/{1} recognised with the right code ({2:P1}), {3} with a wrong code", right, results.Count, rate, wrong.Count));
        foreach (var group in results.GroupBy(r => r.Line.Ecosystem).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1}/{2}", group.Key, group.Count(r => r.Names.Contains(r.Line.Expected)), group.Count()));
        }

        foreach (var (line, names) in results.Where(r => !r.Names.Contains(r.Line.Expected) || r.Names.Any(n => n != r.Line.Expected)))
        {
            output.WriteLine("  expected " + line.Expected + ", got [" + string.Join(", ", names) + "]: " + line.Text + " (" + line.Source + ")");
        }

        wrong.Should().BeEmpty("no positive may be read as another error");
        rate.Should().BeGreaterThanOrEqualTo(RequiredRate);
    }

    [Fact]
    public void Negatives_name_no_error()
    {
        var falsePositives = CorpusLine.Negatives.Select(l => (Line: l, Names: Names(l.Text))).Where(r => r.Names.Length > 0).ToList();

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "negatives: {0} false positives in {1} lines", falsePositives.Count, CorpusLine.Negatives.Count));
        foreach (var (line, names) in falsePositives)
        {
            output.WriteLine("  [" + string.Join(", ", names) + "]: " + line.Text + " (" + line.Source + ")");
        }

        falsePositives.Should().BeEmpty();
    }

    [Fact]
    public void The_corpus_is_large_varied_and_sourced()
    {
        CorpusLine.Positives.Should().HaveCountGreaterThanOrEqualTo(150);
        CorpusLine.Positives.Select(l => l.Ecosystem).Distinct().Should().HaveCountGreaterThanOrEqualTo(12);
        CorpusLine.Negatives.Should().HaveCountGreaterThanOrEqualTo(40);
        CorpusLine.Positives.Concat(CorpusLine.Negatives).Should().OnlyContain(l => l.Source.StartsWith("https://", StringComparison.Ordinal) && l.Text.Length > 0);
        CorpusLine.Positives.Should().OnlyContain(l => WsaErrors.Find(l.Expected!) != null, "every expected error is a Winsock name");
        CorpusLine.Positives.Select(l => l.Text).Should().OnlyHaveUniqueItems();
    }

    private static string[] Names(string line) =>
        [.. LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Select(m => m.Entry.Name)];
}
