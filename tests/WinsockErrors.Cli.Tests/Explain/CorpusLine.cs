using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WinsockErrors.Cli.Tests;

/// <summary>A real log line of the corpus: what it should name (nothing for a negative), its ecosystem and its source.</summary>
internal sealed record CorpusLine(string? Expected, string Ecosystem, string Source, string Text)
{
    public static IReadOnlyList<CorpusLine> Positives { get; } = Read("positives.tsv", expected: true);

    public static IReadOnlyList<CorpusLine> Negatives { get; } = Read("negatives.tsv", expected: false);

    private static List<CorpusLine> Read(string name, bool expected) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', expected ? 4 : 3))
            .Select(f => expected ? new CorpusLine(f[0], f[1], f[2], f[3]) : new CorpusLine(null, f[0], f[1], f[2]))];
}
