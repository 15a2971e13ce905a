namespace WinsockErrors.Cli.Explain;

/// <summary>A line that mentions an error: the file (<c>-</c> for standard input) and the line number from 1.</summary>
internal readonly record struct MentionLine(string Source, int Line);
