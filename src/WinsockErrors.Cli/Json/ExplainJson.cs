using System.Collections.Generic;

namespace WinsockErrors.Cli.Json;

/// <summary>What <c>explain --json</c> writes: every mention in input order, then each error once.</summary>
internal sealed record ExplainJson
{
    public required IReadOnlyList<MentionJson> Mentions { get; init; }

    public required IReadOnlyList<EntryJson> Errors { get; init; }
}
