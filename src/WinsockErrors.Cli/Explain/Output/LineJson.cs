namespace WinsockErrors.Cli.Explain;

/// <summary>A line of an input: the file (<c>-</c> for standard input) and the line number from 1.</summary>
internal sealed record LineJson(string Source, int Line);
