namespace WinsockErrors.Cli.Explain;

/// <summary>A piece of a line that names an error, as <c>explain --json</c> writes it.</summary>
/// <param name="Text">The piece as it is in the line.</param>
/// <param name="Kind">code, systemMessage, wording or prefix.</param>
/// <param name="Label">What it is, in words: "code", "Linux errno", "curl's wording".</param>
internal sealed record EvidenceJson(string Text, string Kind, string Label);
