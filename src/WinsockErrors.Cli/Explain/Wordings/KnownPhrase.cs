namespace WinsockErrors.Cli.Explain;

/// <summary>A text that names an error when a log quotes it.</summary>
/// <param name="Text">The text.</param>
/// <param name="Entry">The error it names.</param>
/// <param name="Kind">A system message, or another runtime's or C library's wording.</param>
/// <param name="Label">What the text is, in words: "system message", "curl's wording", "BSD strerror text".</param>
/// <param name="NeedsContext">Whether it names the error only on a line about the network.</param>
/// <param name="MatchCase">Whether it counts only spelled exactly so.</param>
internal sealed record KnownPhrase(string Text, WsaErrorInfo Entry, EvidenceKind Kind, string Label, bool NeedsContext, bool MatchCase);
