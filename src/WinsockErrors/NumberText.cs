using System;

namespace WinsockErrors;

/// <summary>Reads error numbers as Windows, .NET and C runtimes print them; no culture, no white space.</summary>
internal static class NumberText
{
    /// <summary>
    /// Decimal with an optional sign, or <c>0x</c> and one to eight hex digits, from <see cref="int.MinValue"/> to
    /// <see cref="uint.MaxValue"/>; values above <see cref="int.MaxValue"/> keep their 32 bits, so <c>0xFFFDFFFF</c>,
    /// <c>4294836223</c> and <c>-131073</c> are one number.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        // Stryker disable once Equality : "0x" alone is rejected either way (no hex digits, and not a decimal number)
        if (text.Length > 2 && text[0] == '0' && (text[1] | 0x20) == 'x')
        {
            return TryParseHex(text.Slice(2), 8, out value);
        }

        var negative = text.Length > 0 && text[0] == '-';
        var digits = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? text.Slice(1) : text;
        if (digits.Length == 0)
        {
            return false;
        }

        long magnitude = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            magnitude = (magnitude * 10) + (c - '0');
            if (magnitude > uint.MaxValue)
            {
                return false;
            }
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed < int.MinValue)
        {
            return false;
        }

        value = unchecked((int)(uint)(signed & 0xFFFFFFFF));
        return true;
    }

    /// <summary>One to <paramref name="maxDigits"/> hex digits, no prefix, no sign.</summary>
    public static bool TryParseHex(ReadOnlySpan<char> digits, int maxDigits, out int value)
    {
        value = 0;
        if (digits.Length == 0 || digits.Length > maxDigits)
        {
            return false;
        }

        uint bits = 0;
        foreach (var c in digits)
        {
            var folded = c | 0x20;
            uint digit;
            if (c is >= '0' and <= '9')
            {
                digit = (uint)(c - '0');
            }
            else if (folded is >= 'a' and <= 'f')
            {
                digit = (uint)(folded - 'a' + 10);
            }
            else
            {
                return false;
            }

            bits = (bits << 4) | digit;
        }

        value = unchecked((int)bits);
        return true;
    }
}
