namespace WinsockErrors.Cli.Json;

/// <summary>A query that found nothing, as <c>--json</c> writes it, so a script can tell which input failed.</summary>
internal sealed record MissJson
{
    /// <summary>The query as given.</summary>
    public required string Query { get; init; }

    /// <summary>Why nothing was found: the same words as the line on standard error.</summary>
    public required string Error { get; init; }
}
