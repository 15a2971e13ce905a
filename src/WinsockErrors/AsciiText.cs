using System;

namespace WinsockErrors;

/// <summary>Culture-independent text helpers: Winsock names are ASCII, so a Turkish or any other culture must not matter.</summary>
internal static class AsciiText
{
    /// <summary>Whether <paramref name="text"/> equals <paramref name="upperKey"/> (ASCII upper case) ignoring ASCII case only.</summary>
    public static bool EqualsUpperCase(ReadOnlySpan<char> text, string upperKey)
    {
#if NET8_0_OR_GREATER
        return System.Text.Ascii.EqualsIgnoreCase(text, upperKey);
#else
        if (text.Length != upperKey.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                c = (char)(c - ('a' - 'A'));
            }

            if (c != upperKey[i])
            {
                return false;
            }
        }

        return true;
#endif
    }
}
