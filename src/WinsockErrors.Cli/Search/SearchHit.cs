namespace WinsockErrors.Cli.Search;

/// <summary>An entry that matches a search, with how well.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Score">Higher is better; only the order means anything.</param>
/// <param name="MatchesAllWords">Whether every word of the search occurs in the entry.</param>
internal sealed record SearchHit(WsaErrorInfo Entry, double Score, bool MatchesAllWords);
