using System;
using System.Collections.Generic;
using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>
/// A perfect hash over every name and alias, found at build time. The hash reads the length and a few characters
/// (chosen so that no two names agree on all of them), folds ASCII case with <c>| 0x20</c>, and a multiplier found
/// by search spreads the result over a small table with no collisions. One comparison confirms a hit.
/// </summary>
/// <param name="Keys">The names as the data file spells them, in table order (the hash folds ASCII case).</param>
/// <param name="Targets">For each key, the index of its entry in the error table.</param>
/// <param name="Positions">Characters the hash reads: 0 and up count from the start, -1 and down from the end. Empty: all of them.</param>
/// <param name="Multiplier">Spreads a signature over the table.</param>
/// <param name="Bits">The table has 2^Bits slots.</param>
/// <param name="Slots">The table: key index + 1, or 0 for an empty slot.</param>
internal sealed record NameHashPlan(
    EquatableArray<string> Keys,
    EquatableArray<int> Targets,
    EquatableArray<int> Positions,
    ulong Multiplier,
    int Bits,
    EquatableArray<int> Slots)
{
    private const int MaxPositions = 8;
    private const int TriesPerSize = 50_000;

    public int MinLength => Keys.Min(k => k.Length);

    public int MaxLength => Keys.Max(k => k.Length);

    /// <summary>Finds a plan, or returns null and says why in <paramref name="failure"/>.</summary>
    public static NameHashPlan? Build(IReadOnlyList<string> keys, IReadOnlyList<int> targets, out string failure)
    {
        var names = keys.ToArray();
        var minLength = names.Min(k => k.Length);
        var positions = ChoosePositions(names, minLength);
        var signatures = names.Select(k => Signature(k, positions)).ToArray();
        if (signatures.Distinct().Count() != signatures.Length)
        {
            failure = "Two names hash alike even when every character is read.";
            return null;
        }

        var minBits = Math.Max(4, (int)Math.Ceiling(Math.Log(names.Length, 2)) + 1);
        for (var bits = minBits; bits <= 16; bits++)
        {
            var random = 0x2545F4914F6CDD1DUL;
            for (var attempt = 0; attempt < TriesPerSize; attempt++)
            {
                var multiplier = NextRandom(ref random) | 1UL;
                var slots = TryPlace(signatures, multiplier, bits);
                if (slots is not null)
                {
                    failure = string.Empty;
                    return new NameHashPlan(
                        new EquatableArray<string>(names), new EquatableArray<int>(targets), new EquatableArray<int>(positions), multiplier, bits, new EquatableArray<int>(slots));
                }
            }
        }

        failure = "No collision-free hash table was found for the names.";
        return null;
    }

    /// <summary>The same computation the generated code does at run time.</summary>
    public static ulong Signature(string name, IReadOnlyList<int> positions)
    {
        if (positions.Count == 0)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in name)
            {
                hash = unchecked((hash ^ Fold(c)) * 1099511628211UL);
            }

            return hash;
        }

        var signature = (ulong)name.Length;
        foreach (var position in positions)
        {
            var c = position >= 0 ? name[position] : name[name.Length + position];
            signature = (signature << 7) | Fold(c);
        }

        return signature;
    }

    /// <summary>The key with ASCII letters in lower case, as the generated table stores it.</summary>
    public static string LowerAscii(string key) => new(key.Select(c => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c).ToArray());

    /// <summary>0x20 where the key has an ASCII letter, 0 elsewhere: <c>(text | mask) == LowerAscii(key)</c> ignores ASCII case only.</summary>
    public static string CaseMask(string key) => new(key.Select(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? ' ' : '\0').ToArray());

    private static uint Fold(char c) => (uint)(c | 0x20) & 0x7F;

    private static int[] ChoosePositions(string[] keys, int minLength)
    {
        var candidates = Enumerable.Range(1, minLength).Select(i => -i).Concat(Enumerable.Range(0, minLength)).ToList();
        var chosen = new List<int>();
        while (chosen.Count < MaxPositions && candidates.Count > 0)
        {
            // An empty list means "every character", so the check starts once a position is chosen.
            if (chosen.Count > 0 && DistinctCount(keys, chosen.ToArray()) == keys.Length)
            {
                return chosen.ToArray();
            }

            var best = candidates.OrderByDescending(c => DistinctCount(keys, chosen.Append(c).ToArray())).First();
            chosen.Add(best);
            candidates.Remove(best);
        }

        return DistinctCount(keys, chosen.ToArray()) == keys.Length ? chosen.ToArray() : Array.Empty<int>();
    }

    private static int DistinctCount(string[] keys, int[] positions) => keys.Select(k => Signature(k, positions)).Distinct().Count();

    private static int[]? TryPlace(ulong[] signatures, ulong multiplier, int bits)
    {
        var slots = new int[1 << bits];
        for (var i = 0; i < signatures.Length; i++)
        {
            var slot = Slot(signatures[i], multiplier, bits);
            if (slots[slot] != 0)
            {
                return null;
            }

            slots[slot] = i + 1;
        }

        return slots;
    }

    // Stryker disable once Bitwise : on a ulong, >> and >>> are the same shift
    public static int Slot(ulong signature, ulong multiplier, int bits) => (int)(unchecked(signature * multiplier) >> (64 - bits));

    private static ulong NextRandom(ref ulong state)
    {
        // splitmix64: a fixed seed keeps the generated code the same from build to build.
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            // Stryker disable Bitwise : on a ulong, >> and >>> are the same shift
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
            // Stryker restore Bitwise
        }
    }
}
