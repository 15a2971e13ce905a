using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>One line being scanned: its text, the platform errno numbers are read for, its context and the hits kept so far.</summary>
internal sealed class LineScan(string text, ErrnoPlatform platform, bool filtered)
{
    /// <summary>The line.</summary>
    public string Text { get; } = text;

    /// <summary>The platform errno numbers and native codes are read for.</summary>
    public ErrnoPlatform Platform { get; } = platform;

    /// <summary>Whether recognizers may take quick looks that skip work; false checks they never change a result.</summary>
    public bool Filtered { get; } = filtered;

    /// <summary>What the line is about.</summary>
    public LineContext Context { get; } = new(text);

    /// <summary>The hits kept, in the order offered.</summary>
    public List<LogHit> Hits { get; } = [];

    /// <summary>Whether a hit counts on this line: the one place a hit's <see cref="LogHit.NeedsContext"/> is applied.</summary>
    public bool Allows(LogHit hit) => Context.Allows(hit.NeedsContext);

    /// <summary>Keeps a hit the line allows, unless an earlier one of the same error already covers the same text.</summary>
    public void Offer(LogHit hit)
    {
        if (!Allows(hit))
        {
            return;
        }

        foreach (var other in Hits)
        {
            if (other.Overlaps(hit) && other.Entry.Code == hit.Entry.Code)
            {
                return;
            }
        }

        Hits.Add(hit);
    }
}
