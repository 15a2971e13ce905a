using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// One way a line can name an error (tagged numbers, bare numbers, names, phrases...): the texts without which it finds
/// nothing, and how it finds its hits. The line filter is built from every recognizer's triggers.
/// </summary>
internal interface IRecognizer
{
    /// <summary>Texts, matched ignoring case, at least one of which a line holds when this recognizer finds anything there.</summary>
    IEnumerable<string> Triggers { get; }

    /// <summary>Where the first trigger no text can say (a 5-digit number in <see cref="WinsockRange"/>) stands in <paramref name="text"/>, or -1.</summary>
    int IndexOfOtherTrigger(ReadOnlySpan<char> text);

    /// <summary>Offers the line's hits to <paramref name="scan"/>.</summary>
    void Find(LineScan scan);
}
