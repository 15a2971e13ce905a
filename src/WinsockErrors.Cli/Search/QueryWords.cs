using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Search;

/// <summary>The words of a query that search reads apart: those too common to rank by, and those the texts spell otherwise.</summary>
internal static class QueryWords
{
    /// <summary>Words so common in the texts that they neither narrow nor rank a search.</summary>
    public static HashSet<string> StopWords() =>
        ["a", "an", "the", "of", "to", "by", "in", "on", "is", "was", "be", "for", "or", "and", "it", "its", "this", "that", "with", "at", "as"];

    /// <summary>Words people search for that the texts spell otherwise, with the texts' spelling.</summary>
    public static Dictionary<string, string> Synonyms() => new(StringComparer.Ordinal)
    {
        ["timeout"] = "timed",
        ["timeouts"] = "timed",
    };
}
