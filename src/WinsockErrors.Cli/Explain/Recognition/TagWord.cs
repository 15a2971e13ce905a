namespace WinsockErrors.Cli.Explain;

/// <summary>A word that, before a number, says the number is an error code.</summary>
/// <param name="Text">The word as written, matched ignoring case.</param>
/// <param name="Reading">How the number after it is read.</param>
/// <param name="InLogs">
/// Whether it tags a number in a log; a word too common there ("error 404") tags a number only in a query, where the
/// user typed it on purpose (<c>wsaerr error 995</c>).
/// </param>
internal sealed record TagWord(string Text, TagReading Reading, bool InLogs);
