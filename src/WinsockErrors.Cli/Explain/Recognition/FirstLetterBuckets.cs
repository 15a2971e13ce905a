using System;
using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Cli.Explain;

/// <summary>Texts grouped by their first letter, upper-cased and folded to ASCII, so a search tries only those that can start at a place.</summary>
internal sealed class FirstLetterBuckets<T>
{
    private const int Size = 128;

    private readonly T[][] _buckets = new T[Size][];

    public FirstLetterBuckets(IEnumerable<T> items, Func<T, string> text)
    {
        var all = items.Where(i => text(i).Length > 0).ToList();
        for (var c = 0; c < Size; c++)
        {
            _buckets[c] = [.. all.Where(i => Key(text(i)[0]) == c)];
        }

        Letters = [.. all.Select(i => char.ToUpperInvariant(text(i)[0])).Distinct()];
    }

    /// <summary>The distinct first letters, upper-cased.</summary>
    public IReadOnlyList<char> Letters { get; }

    /// <summary>The texts that may start with <paramref name="letter"/>, in the order given.</summary>
    public T[] this[char letter] => _buckets[Key(letter)];

    private static int Key(char letter) => char.ToUpperInvariant(letter) & 0x7F;
}
