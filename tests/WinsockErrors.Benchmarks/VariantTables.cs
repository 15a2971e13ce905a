using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// Copies of the generated lookups, built at start-up from <see cref="WsaErrors.All"/> with the same layout and the
/// same perfect hash, next to variants of them: the experiments behind the changes RESULTS.md proposes for the
/// generated code. Nothing here is part of the library.
/// </summary>
public static class VariantTables
{
    private const int FirstDenseCode = 10004;
    private const int NameSlotBits = 11;
    private const ulong NameHashMultiplier = 565889284516074339UL;

    private static readonly WsaErrorInfo[] s_entries = [.. WsaErrors.All];
    private static readonly string[] s_names = [.. WsaErrors.All.Select(info => info.Name)];
    private static readonly string[] s_oneLines = [.. WsaErrors.All.Select(info => info.ToString())];
    private static readonly byte[] s_denseSlots = BuildDenseSlots();
    private static readonly List<string> s_keyList = [];
    private static readonly List<WsaErrorInfo> s_keyEntryList = [];
    private static readonly byte[] s_nameSlots = BuildNameSlots();
    private static readonly string[] s_nameKeys = [.. s_keyList];
    private static readonly WsaErrorInfo[] s_nameEntries = [.. s_keyEntryList];
    private static readonly string[] s_lowerKeys = [.. s_keyList.Select(key => key.ToLowerInvariant())];
    private static readonly string[] s_caseMasks = [.. s_keyList.Select(key => new string([.. key.Select(c => char.IsAsciiLetter(c) ? ' ' : '\0')]))];

    /// <summary>
    /// Checks that every variant answers as the library does, for every name and alias in upper, lower and mixed
    /// case, with one letter changed to a look-alike (the Kelvin sign, '@') and for the misses.
    /// </summary>
    /// <exception cref="InvalidOperationException">A variant disagrees with the library.</exception>
    public static void Verify()
    {
        var texts = new List<string>(Samples.MissNames());
        foreach (var key in s_keyList)
        {
            texts.Add(key);
            texts.Add(key.ToLowerInvariant());
            texts.Add(string.Concat(key[..1].ToLowerInvariant(), key[1..]));
            texts.Add(key.Replace("K", "\u212A", StringComparison.Ordinal));
            texts.Add(string.Concat(key[..^1], "@"));
            texts.Add(string.Concat(key[..^1], ((char)(key[^1] | 0x20) == key[^1] ? '`' : (char)(key[^1] ^ 0x20)).ToString()));
        }

        foreach (var text in texts)
        {
            var expected = WsaErrors.Find(text);
            if (FindNameAsciiIgnoreCase(text) != expected || FindNameOrdinalFirst(text) != expected || FindNameMasked(text) != expected)
            {
                throw new InvalidOperationException($"A variant disagrees with the library on '{text}'.");
            }
        }
    }

    /// <summary>As generated today: <c>IsDefined(error) ? Get(error).Name : …</c>, two code lookups.</summary>
    /// <param name="error">The value.</param>
    /// <returns>The macro name, or the number.</returns>
    public static string ToNameTwoLookups(WsaError error) =>
        IndexOfCode((int)error) >= 0 ? s_entries[IndexOfCode((int)error)].Name : Number(error);

    /// <summary>Proposed: one code lookup into a table of names.</summary>
    /// <param name="error">The value.</param>
    /// <returns>The macro name, or the number.</returns>
    public static string ToNameOneLookup(WsaError error)
    {
        var index = IndexOfCode((int)error);
        return index >= 0 ? s_names[index] : Number(error);
    }

    /// <summary>
    /// Proposed, with a code lookup whose dense-table path is inlined and whose switch over the small codes is out of
    /// line (today the whole of <c>IndexOfCode</c> is too large to inline, so every lookup is a call).
    /// </summary>
    /// <param name="error">The value.</param>
    /// <returns>The macro name, or the number.</returns>
    public static string ToNameOneLookupInlined(WsaError error)
    {
        var index = IndexOfCodeInlined((int)error);
        return index >= 0 ? s_names[index] : Number(error);
    }

    /// <summary>
    /// As written today: <c>Find(code)?.ToString() ?? DescribeUnknown(code)</c>, where <c>Find</c> holds the errno
    /// fallback (here the library's own <see cref="WsaErrors.Find(int)"/>, out of line).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The one-line explanation.</returns>
    public static string DescribeAsToday(int code) => FindWithFallback(code)?.ToString() ?? WsaErrors.Describe(code);

    /// <summary>Proposed: one code lookup straight into a table of the one-line strings, everything else out of line.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The one-line explanation.</returns>
    public static string DescribeOneLookup(int code)
    {
        var index = IndexOfCode(code);
        return index >= 0 ? s_oneLines[index] : DescribeSlow(code);
    }

    /// <summary>The same with the entry's <c>ToString()</c> instead of a table of strings.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The one-line explanation.</returns>
    public static string DescribeOneLookupToString(int code)
    {
        var index = IndexOfCode(code);
        return index >= 0 ? s_entries[index].ToString() : DescribeSlow(code);
    }

    /// <summary>As generated today: the perfect hash, then <see cref="Ascii.EqualsIgnoreCase(ReadOnlySpan{char}, ReadOnlySpan{char})"/>.</summary>
    /// <param name="name">The text.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static WsaErrorInfo? FindNameAsciiIgnoreCase(ReadOnlySpan<char> name)
    {
        var key = SlotOf(name);
        return key >= 0 && Ascii.EqualsIgnoreCase(name, s_nameKeys[key]) ? s_nameEntries[key] : null;
    }

    /// <summary>Proposed: an ordinal comparison first (the exact-case text), the ASCII case-insensitive one after it.</summary>
    /// <param name="name">The text.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static WsaErrorInfo? FindNameOrdinalFirst(ReadOnlySpan<char> name)
    {
        var key = SlotOf(name);
        if (key < 0)
        {
            return null;
        }

        var candidate = s_nameKeys[key];
        return name.SequenceEqual(candidate) || Ascii.EqualsIgnoreCase(name, candidate) ? s_nameEntries[key] : null;
    }

    /// <summary>
    /// Proposed: each key stored in lower case with a mask that has 0x20 where the key has a letter;
    /// <c>(text | mask) == key</c>, eight characters at a time, is an exact ASCII case-insensitive match.
    /// </summary>
    /// <param name="name">The text.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static WsaErrorInfo? FindNameMasked(ReadOnlySpan<char> name)
    {
        var key = SlotOf(name);
        return key >= 0 && MaskedEquals(name, s_lowerKeys[key], s_caseMasks[key]) ? s_nameEntries[key] : null;
    }

    /// <summary>For comparison only: <see cref="StringComparison.OrdinalIgnoreCase"/>, which is not ASCII-only.</summary>
    /// <param name="name">The text.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static WsaErrorInfo? FindNameOrdinalIgnoreCase(ReadOnlySpan<char> name)
    {
        var key = SlotOf(name);
        return key >= 0 && name.Equals(s_nameKeys[key], StringComparison.OrdinalIgnoreCase) ? s_nameEntries[key] : null;
    }

    private static WsaErrorInfo? FindWithFallback(int code)
    {
        var index = IndexOfCode(code);
        return index >= 0 ? s_entries[index] : FindNative(code);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WsaErrorInfo? FindNative(int code) => WsaErrors.Find(code);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string DescribeSlow(int code) => WsaErrors.Describe(code);

    private static bool MaskedEquals(ReadOnlySpan<char> text, string lowerKey, string mask)
    {
        var n = text.Length;
        if (n != lowerKey.Length)
        {
            return false;
        }

        ref var t = ref MemoryMarshal.GetReference(text);
        ref var k = ref MemoryMarshal.GetReference(lowerKey.AsSpan());
        ref var m = ref MemoryMarshal.GetReference(mask.AsSpan());
        if (n >= Vector128<ushort>.Count)
        {
            // Whole vectors, then one more that ends at the last character (it may overlap the one before).
            var last = (nuint)(n - Vector128<ushort>.Count);
            for (nuint i = 0; i < last; i += (nuint)Vector128<ushort>.Count)
            {
                if ((Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref t), i) | Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref m), i))
                    != Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref k), i))
                {
                    return false;
                }
            }

            return (Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref t), last) | Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref m), last))
                == Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref k), last);
        }

        // 5 to 7 characters: the first four and the last four, as two 64-bit words.
        var tail = n - 4;
        return ((Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref t)) | Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref m)))
                == Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref k)))
            && ((Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref t, tail))) | Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref m, tail))))
                == Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref k, tail))));
    }

    private static int IndexOfCode(int code)
    {
        var offset = unchecked((uint)(code - FirstDenseCode));
        var slots = s_denseSlots;
        if (offset < (uint)slots.Length)
        {
            return slots[(int)offset] - 1;
        }

        return code switch
        {
            0 => 0,
            6 => 1,
            8 => 2,
            87 => 3,
            995 => 4,
            996 => 5,
            997 => 6,
            _ => -1,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfCodeInlined(int code)
    {
        var offset = unchecked((uint)(code - FirstDenseCode));
        var slots = s_denseSlots;
        return offset < (uint)slots.Length ? slots[(int)offset] - 1 : IndexOfSmallCode(code);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IndexOfSmallCode(int code) => code switch
    {
        0 => 0,
        6 => 1,
        8 => 2,
        87 => 3,
        995 => 4,
        996 => 5,
        997 => 6,
        _ => -1,
    };

    private static int SlotOf(ReadOnlySpan<char> name)
    {
        var n = name.Length;
        if (unchecked((uint)(n - 5)) > 27 - 5)
        {
            return -1;
        }

        return s_nameSlots[HashSlot(name)] - 1;
    }

    // The generator's signature: the length and four characters, ASCII lower-cased, times a multiplier.
    private static int HashSlot(ReadOnlySpan<char> name)
    {
        var n = name.Length;
        ulong signature = (ulong)n;
        signature = (signature << 7) | ((uint)(name[n - 4] | 0x20) & 0x7F);
        signature = (signature << 7) | ((uint)(name[4] | 0x20) & 0x7F);
        signature = (signature << 7) | ((uint)(name[1] | 0x20) & 0x7F);
        signature = (signature << 7) | ((uint)(name[n - 2] | 0x20) & 0x7F);
        return (int)(unchecked(signature * NameHashMultiplier) >> (64 - NameSlotBits));
    }

    private static byte[] BuildDenseSlots()
    {
        var last = s_entries[^1].Code;
        var slots = new byte[last - FirstDenseCode + 1];
        for (var i = 0; i < s_entries.Length; i++)
        {
            if (s_entries[i].Code >= FirstDenseCode)
            {
                slots[s_entries[i].Code - FirstDenseCode] = checked((byte)(i + 1));
            }
        }

        return slots;
    }

    private static byte[] BuildNameSlots()
    {
        var slots = new byte[1 << NameSlotBits];
        foreach (var info in s_entries)
        {
            foreach (var name in info.Aliases.Prepend(info.Name))
            {
                var slot = HashSlot(name);
                if (slots[slot] != 0)
                {
                    throw new InvalidOperationException($"{name} collides with {s_keyList[slots[slot] - 1]}: the hash is not the generator's.");
                }

                s_keyList.Add(name);
                s_keyEntryList.Add(info);
                slots[slot] = checked((byte)s_keyList.Count);
            }
        }

        return slots;
    }

    private static string Number(WsaError error) => ((int)error).ToString(CultureInfo.InvariantCulture);
}
