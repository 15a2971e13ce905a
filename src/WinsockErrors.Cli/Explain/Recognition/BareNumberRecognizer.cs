using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// A number that stands alone and can only be a Winsock code or an HRESULT: five digits in <see cref="WinsockRange"/>,
/// hex, or a negative HRESULT. Not a port (host:10061, port 10061), nginx's connection number (*10054), part of a
/// version or address, nor a quantity (10048 ms).
/// </summary>
internal sealed partial class BareNumberRecognizer : IRecognizer
{
    public IEnumerable<string> Triggers => ["0x", "-214"];

    public int IndexOfOtherTrigger(ReadOnlySpan<char> text) => WinsockRange.IndexOfFiveDigitNumber(text);

    public void Find(LineScan scan)
    {
        foreach (Match match in Pattern().Matches(scan.Text))
        {
            if (TaggedNumbers.ReadBare(match.Value) is { } entry && !Win32HResults.Includes(match.Value, entry))
            {
                scan.Offer(new LogHit(match.Index, match.Length, entry, new LogEvidence(match.Value, EvidenceKind.Code, "code"), NeedsContext: false));
            }
        }
    }

    /// <summary>Five digits (<see cref="TaggedNumbers.ReadBare(string)"/> keeps those in range), hex, or a negative HRESULT, standing alone.</summary>
    [GeneratedRegex(@"(?<![\w:/.*-])(?<!\bport\s?)([0-9]{5}|0[xX][0-9A-Fa-f]{4,8}|-214[67][0-9]{6})(?!\w|\.[0-9]|\s?(ms|s|sec|secs|seconds|min|bytes|[KMG]?B|%)\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
