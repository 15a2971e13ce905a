using System;
using System.Diagnostics.CodeAnalysis;

namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>
    /// Reads any way a Winsock error is written: a code (<c>10054</c>, <c>0x2746</c>), an HRESULT (<c>0x80072746</c>,
    /// <c>-2147014842</c>), .NET's host-not-found value (<c>-131073</c>, <c>0xFFFDFFFF</c>), the code part of a .NET
    /// exception header (<c>(10054)</c>, <c>(00000005, 0xFFFDFFFF)</c>), a macro name or alias
    /// (<c>WSAECONNRESET</c>, <c>EAI_NONAME</c>), a <see cref="System.Net.Sockets.SocketError"/> member name
    /// (<c>ConnectionReset</c>, <c>SocketError.ConnectionReset</c>) or an errno name (<c>EPIPE</c>); ASCII case is
    /// ignored and surrounding white space too.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="info">The entry, or <see langword="null"/> when the text names none.</param>
    /// <returns><see langword="true"/> when the text names an entry.</returns>
    /// <remarks>
    /// The answer is the same on every OS: a number is a Winsock code, an HRESULT that wraps one (HRESULT_FROM_WIN32)
    /// or -131073, never a platform errno (111 finds nothing; use <see cref="FromErrno(int, ErrnoPlatform)"/>). A
    /// number is read by <see cref="TryParseNumber"/> and a name by <see cref="Find(ReadOnlySpan{char})"/>, then as
    /// a <see cref="System.Net.Sockets.SocketError"/> name, then by <see cref="FromErrnoName"/>.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out WsaErrorInfo? info)
    {
        var index = IndexOfText(text.Trim());
        info = index < 0 ? null : EntryAt(index);
        return info is not null;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out WsaErrorInfo?)"/>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WsaErrorInfo? info) =>
        TryParse(text.AsSpan(), out info);

    /// <summary>
    /// Reads an error number as Windows, .NET and C runtimes print one: decimal with an optional sign, or <c>0x</c>
    /// and one to eight hex digits. Values above <see cref="int.MaxValue"/> keep their 32 bits, as an HRESULT
    /// does: <c>0x80072746</c>, <c>2147952454</c> and <c>-2147014842</c> are one number, and so are <c>0xFFFDFFFF</c>
    /// and <c>-131073</c>.
    /// </summary>
    /// <param name="text">The number alone: no white space, no group separators; the culture does not matter.</param>
    /// <param name="value">The number, or 0.</param>
    /// <returns><see langword="false"/> for anything else, or a number outside <see cref="int.MinValue"/> to <see cref="uint.MaxValue"/>.</returns>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out int value) => NumberText.TryParse(text, out value);

    /// <summary>
    /// The entry of a number read the same on every OS: a Winsock code, then .NET's host-not-found value, then an
    /// HRESULT that wraps a code.
    /// </summary>
    private static int IndexOfPortableNumber(int number)
    {
        var index = IndexOfCode(number);
        if (index < 0)
        {
            index = IndexOfDotNetCode(number);
        }

        return index < 0 ? IndexOfHResult(number) : index;
    }

    private static int IndexOfText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        if (NumberText.TryParse(text, out var number))
        {
            return IndexOfPortableNumber(number);
        }

        if (text[0] == '(' && text[text.Length - 1] == ')')
        {
            return IndexOfExceptionHeaderCode(text.Slice(1, text.Length - 2).Trim());
        }

        var index = IndexOfName(text);
        if (index < 0)
        {
            index = IndexOfSocketErrorName(text);
        }

        return index < 0 ? IndexOfErrnoName(text) : index;
    }

    /// <summary>
    /// What .NET's <c>Win32Exception.ToString()</c> puts in parentheses after the type: the native code, or the
    /// HRESULT in eight hex digits, a comma and the native code (<c>00000005, 0xFFFDFFFF</c>).
    /// </summary>
    private static int IndexOfExceptionHeaderCode(ReadOnlySpan<char> inside)
    {
        var comma = inside.IndexOf(',');
        // Stryker disable once Equality : a comma first leaves no HRESULT before it, and ", 10054" is no number: rejected either way
        if (comma >= 0)
        {
            if (!NumberText.TryParseHex(inside.Slice(0, comma).Trim(), 8, out _))
            {
                return -1;
            }

            inside = inside.Slice(comma + 1).Trim();
        }

        return NumberText.TryParse(inside, out var number) ? IndexOfPortableNumber(number) : -1;
    }
}
