using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// A real posted log line in another language (Corpus/localized-positives.tsv and localized-negatives.tsv): what it
/// should name (nothing for a negative), its language, how the message appears in it, its ecosystem and its source.
/// </summary>
internal sealed record LocalizedCorpusLine(string? Expected, string Language, string? Form, string Ecosystem, string Source, string Text)
{
    public static IReadOnlyList<LocalizedCorpusLine> Positives { get; } =
        [.. Read("localized-positives.tsv", 6).Select(f => new LocalizedCorpusLine(f[0], f[1], f[2], f[3], f[4], f[5]))];

    public static IReadOnlyList<LocalizedCorpusLine> Negatives { get; } =
        [.. Read("localized-negatives.tsv", 4).Select(f => new LocalizedCorpusLine(null, f[0], null, f[1], f[2], f[3]))];

    private static IEnumerable<string[]> Read(string name, int columns) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', columns));
}
