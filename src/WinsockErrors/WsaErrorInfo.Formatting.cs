using System;
using System.Globalization;

namespace WinsockErrors;

/// <summary>Format strings for logs and messages.</summary>
/// <remarks>
/// <list type="table">
/// <item><term>G (or none)</term><description>the one-line form, <c>WSAECONNRESET (10054): Connection reset by peer.</c></description></item>
/// <item><term>N</term><description>the name, <c>WSAECONNRESET</c></description></item>
/// <item><term>D</term><description>the code in decimal, <c>10054</c></description></item>
/// <item><term>X</term><description>the code in hexadecimal, <c>0x2746</c></description></item>
/// <item><term>H</term><description>the HRESULT, <c>0x80072746</c></description></item>
/// <item><term>S</term><description>the one-line form for inside a sentence, <c>WSAECONNRESET (10054: Connection reset by peer)</c></description></item>
/// <item><term>T</term><description>the title</description></item>
/// <item><term>M</term><description>the system message</description></item>
/// </list>
/// </remarks>
public sealed partial record WsaErrorInfo : IFormattable
#if NET8_0_OR_GREATER
    , ISpanFormattable
#endif
{
    /// <summary>Formats one field of the entry; see the type's remarks for the format strings.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of G, N, D, X, H, S, T, M.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => Select(format) switch
    {
        'D' => Code.ToString(CultureInfo.InvariantCulture),
        'X' => "0x" + Code.ToString("X", CultureInfo.InvariantCulture),
        'H' => "0x" + HResult.ToString("X8", CultureInfo.InvariantCulture),
        var field => TextField(field),
    };

#if NET8_0_OR_GREATER
    /// <summary>Formats one field of the entry into <paramref name="destination"/> without allocating.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of G, N, D, X, H, S, T, M.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        var field = Select(format);
        switch (field)
        {
            case 'D':
                return Code.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
            case 'X':
            case 'H':
                charsWritten = 0;
                // Stryker disable once Equality : with exactly two characters the digits do not fit either, and the answer is the same false
                if (destination.Length < 2)
                {
                    return false;
                }

                "0x".CopyTo(destination);
                var ok = field == 'X'
                    ? Code.TryFormat(destination[2..], out var written, "X", CultureInfo.InvariantCulture)
                    : HResult.TryFormat(destination[2..], out written, "X8", CultureInfo.InvariantCulture);
                charsWritten = ok ? written + 2 : 0;
                return ok;
            default:
                var text = TextField(field);
                charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
                return charsWritten == text.Length;
        }
    }
#endif

    private string TextField(char field) => field switch
    {
        'N' => Name,
        'T' => Title,
        'M' => Message,
        'S' => WsaErrors.OneLineInSentence(this),
        _ => ToString(),
    };

    private static char Select(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty)
        {
            return 'G';
        }

        if (format.Length == 1)
        {
            var c = (char)(format[0] & ~0x20);
            if (c is 'G' or 'N' or 'D' or 'X' or 'H' or 'S' or 'T' or 'M')
            {
                return c;
            }
        }

        throw new FormatException($"'{format.ToString()}' is not a WsaErrorInfo format; use G, N, D, X, H, S, T or M.");
    }
}
