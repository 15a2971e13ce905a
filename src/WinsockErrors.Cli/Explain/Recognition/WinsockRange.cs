using System;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// The numbers from 10000 to 11999, where Winsock's own codes lie: a 5-digit number there can be a code standing
/// alone, and a number below it after "errno" is an errno rather than a code.
/// </summary>
internal static class WinsockRange
{
    /// <summary>The first number of the range: WSABASEERR, 10000.</summary>
    public const int First = 10000;

    /// <summary>The last number of the range.</summary>
    public const int Last = 11999;

    /// <summary>Whether <paramref name="number"/> lies in the range.</summary>
    public static bool Contains(int number) => number is >= First and <= Last;

    /// <summary>Whether a run of exactly five digits that lies in the range stands in <paramref name="text"/>.</summary>
    public static bool HasFiveDigitNumber(ReadOnlySpan<char> text) => IndexOfFiveDigitNumber(text) >= 0;

    /// <summary>Where the first run of exactly five digits that lies in the range starts in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfFiveDigitNumber(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return -1;
            }

            var start = offset + at;
            var end = start;
            var value = 0;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                value = end - start < 5 ? (value * 10) + (text[end] - '0') : value;
                end++;
            }

            if (end - start == 5 && Contains(value))
            {
                return start;
            }

            offset = end;
        }

        return -1;
    }
}
