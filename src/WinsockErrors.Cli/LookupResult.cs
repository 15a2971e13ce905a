using System.Collections.Generic;

namespace WinsockErrors.Cli;

/// <summary>What one query found: usually one entry, several when pasted log text names several, none with the reason.</summary>
/// <param name="Query">The query as the user typed it.</param>
/// <param name="Entries">The entries found, in the order the query names them.</param>
/// <param name="Problem">Why nothing was found; <see langword="null"/> when something was.</param>
internal sealed record LookupResult(string Query, IReadOnlyList<WsaErrorInfo> Entries, string? Problem)
{
    /// <summary>Whether the query found at least one entry.</summary>
    public bool Found => Entries.Count > 0;

    public static LookupResult Of(string query, WsaErrorInfo entry) => new(query, [entry], null);

    public static LookupResult Missing(string query, string problem) => new(query, [], problem);
}
