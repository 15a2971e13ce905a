using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>Every recognizer, and the line filter built from their triggers.</summary>
internal sealed class Recognizers
{
    private static readonly Lazy<Recognizers> s_default = new(Build);

    public Recognizers(IReadOnlyList<IRecognizer> all)
    {
        All = all;
        Filter = new LineFilter(all);
    }

    /// <summary>The recognizers built from the tool's data, made once.</summary>
    public static Recognizers Default => s_default.Value;

    /// <summary>The recognizers, in the order their hits are offered: codes, names, phrases, then the library's messages.</summary>
    public IReadOnlyList<IRecognizer> All { get; }

    /// <summary>The filter built from their triggers.</summary>
    public LineFilter Filter { get; }

    /// <summary>Builds the recognizers from the tag table, the library's entries and the known phrases.</summary>
    public static Recognizers Build() => new(
    [
        new TaggedNumberRecognizer(TagWords.Build()),
        new BareNumberRecognizer(),
        new SocketErrorNameRecognizer(),
        new NameRecognizer(),
        new PhraseRecognizer(KnownPhrases.Build()),
        new MessageRecognizer(),
    ]);

    /// <summary>
    /// The hits in <paramref name="line"/>, by where they start; with <paramref name="filtered"/> false, without the quick
    /// looks that skip work, which must never change the result.
    /// </summary>
    // Stryker disable once Conditional : the filter only skips lines no recognizer finds anything in (LineFilterTests)
    public List<LogHit> Find(string line, ErrnoPlatform platform, bool filtered) =>
        filtered && !Filter.MayName(line) ? [] : FindInCandidate(line, platform, filtered);

    /// <summary>The hits in a line the filter already let through.</summary>
    public List<LogHit> FindInCandidate(string line, ErrnoPlatform platform, bool filtered = true)
    {
        var scan = new LineScan(line, platform, filtered);
        // Stryker disable once Conditional : running a recognizer without a trigger in the line finds nothing more (LineFilterTests)
        var triggered = filtered ? Filter.Triggered(line) : -1;
        for (var i = 0; i < All.Count; i++)
        {
            // A recognizer finds nothing on a line without one of its triggers.
            // Stryker disable once Bitwise : running it anyway finds nothing more, as above
            if ((triggered & (1 << i)) != 0)
            {
                All[i].Find(scan);
            }
        }

        scan.Hits.Sort((a, b) => a.Index.CompareTo(b.Index));
        return scan.Hits;
    }
}
