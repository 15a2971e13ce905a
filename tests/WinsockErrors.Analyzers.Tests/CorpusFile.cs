namespace WinsockErrors.Analyzers.Tests;

/// <summary>One excerpt of the real-code corpus: its source line and which lines hold non-portable checks or look-alikes.</summary>
internal sealed record CorpusFile(string Name, string Source, string Text, IReadOnlySet<int> NonPortableLines, IReadOnlySet<int> LookAlikeLines)
{
    public const string NonPortableMarker = "// non-portable";
    public const string LookAlikeMarker = "// look-alike";

    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every excerpt, in name order.</summary>
    public static IReadOnlyList<CorpusFile> All() =>
        System.IO.Directory.GetFiles(Directory, "*.cs").OrderBy(path => path, StringComparer.Ordinal).Select(Load).ToList();

    private static CorpusFile Load(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return new CorpusFile(
            Path.GetFileName(path),
            lines[0],
            text,
            Marked(lines, NonPortableMarker),
            Marked(lines, LookAlikeMarker));
    }

    /// <summary>The 0-based numbers of the lines that end with <paramref name="marker"/>.</summary>
    private static HashSet<int> Marked(string[] lines, string marker) =>
        lines.Select((line, index) => (line, index)).Where(pair => pair.line.TrimEnd().EndsWith(marker, StringComparison.Ordinal)).Select(pair => pair.index).ToHashSet();
}
