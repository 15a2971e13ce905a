using System.Collections.Generic;

namespace WinsockErrors.Cli.Explain;

/// <summary>One error a line mentions, as <c>explain --json</c> writes it.</summary>
internal sealed record MentionJson
{
    public required string Source { get; init; }

    public int Line { get; init; }

    public required string Name { get; init; }

    public int Code { get; init; }

    /// <summary>How sure the mention is: the surest kind of evidence it rests on (code, systemMessage, wording, prefix).</summary>
    public required string Certainty { get; init; }

    /// <summary>The pieces of the line that name the error.</summary>
    public required IReadOnlyList<EvidenceJson> Evidence { get; init; }
}
