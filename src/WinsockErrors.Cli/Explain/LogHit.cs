namespace WinsockErrors.Cli.Explain;

/// <summary>Where in a line an error is named, and how.</summary>
internal readonly record struct LogHit(int Index, int Length, WsaErrorInfo Entry, string Evidence)
{
    public int End => Index + Length;

    public bool Overlaps(LogHit other) => Index < other.End && other.Index < End;
}
