namespace WinsockErrors.Cli.Explain;

/// <summary>Where in a line an error is named, how, and whether it names it only on a line about the network.</summary>
internal readonly record struct LogHit(int Index, int Length, WsaErrorInfo Entry, LogEvidence Evidence, bool NeedsContext)
{
    public int End => Index + Length;

    public bool Overlaps(LogHit other) => Index < other.End && other.Index < End;

    /// <summary>Whether this hit lies inside <paramref name="other"/> and is shorter.</summary>
    public bool IsInside(LogHit other) => other.Index <= Index && End <= other.End && Length < other.Length;
}
