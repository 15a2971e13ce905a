using System;
using System.Collections.Generic;

namespace WinsockErrors;

/// <summary>
/// Finds which known message a normalised text holds in one pass over it: the keys are grouped by their first two
/// characters, so each place in the text is tried only against the keys that can start there.
/// </summary>
/// <remarks>
/// The answer is the key that comes first in the order of <see cref="WsaErrors.BuildMessageKeys"/> (longest first) and
/// stands whole anywhere in the text, at its first place; failing that, the keys the text ends inside, when what is left
/// (<see cref="MessageKey.PrefixLength"/> or more) names one entry; a short key counts only as the whole text.
/// </remarks>
internal sealed class MessageIndex
{
    private readonly List<MessageKey> _wholeOnly = new();
    private readonly Dictionary<int, List<MessageKey>> _byFirstTwo = new();

    public MessageIndex(MessageKey[] keys)
    {
        foreach (var key in keys)
        {
            if (key.PrefixLength < 0)
            {
                _wholeOnly.Add(key);
            }
            else
            {
                var pair = Pair(key.Key[0], key.Key[1]);
                if (!_byFirstTwo.TryGetValue(pair, out var bucket))
                {
                    _byFirstTwo[pair] = bucket = new List<MessageKey>();
                }

                bucket.Add(key);
            }
        }
    }

    /// <summary>The known message <paramref name="normalized"/> holds: its key, where it starts, how long it is there, and whether it is cut.</summary>
    public (MessageKey? Key, int Start, int Length, bool IsCut) Locate(ReadOnlySpan<char> normalized)
    {
        foreach (var key in _wholeOnly)
        {
            if (normalized.SequenceEqual(key.Key.AsSpan()))
            {
                return (key, 0, key.Key.Length, false);
            }
        }

        MessageKey? whole = null;
        var wholeAt = -1;
        MessageKey? cut = null;
        var cutAt = -1;
        var cutIsAmbiguous = false;
        for (var at = 0; at + 1 < normalized.Length; at++)
        {
            if (!_byFirstTwo.TryGetValue(Pair(normalized[at], normalized[at + 1]), out var bucket))
            {
                continue;
            }

            var rest = normalized.Slice(at);
            foreach (var key in bucket)
            {
                if (rest.StartsWith(key.Key.AsSpan()))
                {
                    if (whole is null || key.Rank < whole.Rank)
                    {
                        (whole, wholeAt) = (key, at);
                    }
                }
                else if (rest.Length >= key.PrefixLength && rest.Length < key.Key.Length && key.Key.AsSpan().StartsWith(rest))
                {
                    cutIsAmbiguous |= cut is not null && cut.Index != key.Index;
                    if (cut is null || key.Rank < cut.Rank)
                    {
                        (cut, cutAt) = (key, at);
                    }
                }
            }
        }

        return whole is not null ? (whole, wholeAt, whole.Key.Length, false)
            : cut is not null && !cutIsAmbiguous ? (cut, cutAt, normalized.Length - cutAt, true)
            : default;
    }

    private static int Pair(char first, char second) => (first << 16) | second;
}
