using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace WinsockErrors.Cli.Explain;

/// <summary>A .NET SocketError member: SocketError.ConnectionReset, SocketErrorCode: TimedOut.</summary>
internal sealed partial class SocketErrorNameRecognizer : IRecognizer
{
    private const string Trigger = "SocketError";

    public IEnumerable<string> Triggers => [Trigger];

    public int IndexOfOtherTrigger(ReadOnlySpan<char> text) => -1;

    public void Find(LineScan scan)
    {
        foreach (Match match in Pattern().Matches(scan.Text))
        {
            if (WsaErrors.TryParse(match.Groups["name"].Value, out var entry))
            {
                scan.Offer(new LogHit(match.Index, match.Length, entry, new LogEvidence(match.Value, EvidenceKind.Code, ".NET SocketError"), NeedsContext: false));
            }
        }
    }

    [GeneratedRegex(@"\bSocketError(Code)?\W{1,3}(?<name>[A-Za-z]+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
