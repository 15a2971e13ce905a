using System;
using System.Collections.Generic;

namespace WinsockErrors.Cli.Search;

/// <summary>The searchable fields of one entry.</summary>
internal sealed class SearchDocument
{
    public SearchDocument(WsaErrorInfo entry)
    {
        Entry = entry;
        var names = new List<string>(entry.Aliases.Count + 1) { entry.Name.ToLowerInvariant() };
        foreach (var alias in entry.Aliases)
        {
            names.Add(alias.ToLowerInvariant());
        }

        Names = names;
        // Where Microsoft's list has no title the library shows the system message; counting it twice would rank
        // those codes above the ones whose message it is (WSA_SECURE_HOST_NOT_FOUND over WSAHOST_NOT_FOUND).
        Title = new SearchText(entry.HasListTitle ? entry.Title : "");
        Message = new SearchText(entry.Message);
        Description = new SearchText(entry.Description);
    }

    public WsaErrorInfo Entry { get; }

    /// <summary>The macro name and the aliases, in lower case.</summary>
    public IReadOnlyList<string> Names { get; }

    public SearchText Title { get; }

    public SearchText Message { get; }

    public SearchText Description { get; }

    /// <summary>1 when a name contains <paramref name="word"/> (refused in wsaeconnrefused), else 0.</summary>
    public double MatchName(string word)
    {
        if (word.Length < 4)
        {
            return 0;
        }

        foreach (var name in Names)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="word"/> is exactly the name or an alias.</summary>
    public bool IsNamed(string word)
    {
        foreach (var name in Names)
        {
            if (name == word)
            {
                return true;
            }
        }

        return false;
    }
}
