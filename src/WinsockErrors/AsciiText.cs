using System;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace WinsockErrors;

/// <summary>Culture-independent text helpers: Winsock names are ASCII, so a Turkish or any other culture must not matter.</summary>
internal static class AsciiText
{
    /// <summary>
    /// Whether <paramref name="text"/> equals <paramref name="lowerKey"/> ignoring ASCII case and nothing else.
    /// <paramref name="caseMask"/> has 0x20 where the key has an ASCII letter and 0 elsewhere, so
    /// <c>(text | mask) == key</c> holds exactly for the two cases of each letter and for the very character elsewhere:
    /// no other character (not the Kelvin sign, not a dotless i) folds onto a key character.
    /// </summary>
    public static bool EqualsLowerMasked(ReadOnlySpan<char> text, ReadOnlySpan<char> lowerKey, ReadOnlySpan<char> caseMask)
    {
        var length = lowerKey.Length;
        if (text.Length != length || caseMask.Length != length)
        {
            return false;
        }

#if NET8_0_OR_GREATER
        ref var t = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var k = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(lowerKey));
        ref var m = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(caseMask));
        // Stryker disable once Equality : at exactly eight characters the vector path and the word path give the same answer
        if (length >= Vector128<ushort>.Count)
        {
            // Whole blocks of eight characters, then one more block that ends at the last character (it may overlap).
            var last = (nuint)(length - Vector128<ushort>.Count);
            // Stryker disable once Equality : comparing the block at last inside the loop too repeats the final compare
            for (nuint i = 0; i < last; i += (nuint)Vector128<ushort>.Count)
            {
                if ((Vector128.LoadUnsafe(ref t, i) | Vector128.LoadUnsafe(ref m, i)) != Vector128.LoadUnsafe(ref k, i))
                {
                    return false;
                }
            }

            return (Vector128.LoadUnsafe(ref t, last) | Vector128.LoadUnsafe(ref m, last)) == Vector128.LoadUnsafe(ref k, last);
        }

        // Stryker disable once Equality,Boolean : four characters compare the same by words or by the loop; under four
        // never reaches here from the tables (the shortest name has five), and read as words it would read outside the span
        if (length >= 4)
        {
            // Four characters from the start and four to the end, as two 64-bit words (overlapping when shorter than 8).
            var tail = length - 4;
            return (ReadWord(ref t, 0) | ReadWord(ref m, 0)) == ReadWord(ref k, 0)
                && (ReadWord(ref t, tail) | ReadWord(ref m, tail)) == ReadWord(ref k, tail);
        }
#endif

        for (var i = 0; i < length; i++)
        {
            if ((text[i] | caseMask[i]) != lowerKey[i])
            {
                return false;
            }
        }

        return true;
    }

/// <summary>Whether <paramref name="text"/> equals <paramref name="name"/> ignoring the case of ASCII letters and nothing else.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> text, string name)
    {
        if (text.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var a = text[i];
            var b = name[i];
            if (a != b && ((a | 0x20) != (b | 0x20) || (a | 0x20) is < 'a' or > 'z'))
            {
                return false;
            }
        }

        return true;
    }

#if NET8_0_OR_GREATER
    private static ulong ReadWord(ref ushort start, int index) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref start, index)));
#endif
}
