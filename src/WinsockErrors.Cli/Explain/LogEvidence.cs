namespace WinsockErrors.Cli.Explain;

/// <summary>A piece of a line that names an error.</summary>
/// <param name="Text">The piece as it is in the line.</param>
/// <param name="Kind">What it names the error by.</param>
/// <param name="Label">What it is, in words: "code", "Linux errno", "system message", "curl's wording".</param>
internal sealed record LogEvidence(string Text, EvidenceKind Kind, string Label);
