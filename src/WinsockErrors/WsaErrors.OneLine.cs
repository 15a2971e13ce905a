using System.Globalization;

namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>Each entry's one-line form, built the first time it is asked for, as the entries themselves are.</summary>
    private static readonly string?[] s_oneLines = new string?[EntryCount];

    /// <summary><c>WSAECONNRESET (10054): Connection reset by peer.</c>, kept once built for the table's own entries.</summary>
    internal static string OneLine(WsaErrorInfo info)
    {
        var index = IndexOfCode(info.Code);
        // An entry built outside the table (only tests do) has no slot; it gets a fresh line each time.
        if (index < 0 || !ReferenceEquals(s_table[index], info))
        {
            return BuildOneLine(info);
        }

        return s_oneLines[index] ??= BuildOneLine(info);
    }

    /// <summary>
    /// <c>WSAECONNRESET (10054: Connection reset by peer)</c>: the one-line form for inside a sentence, without the
    /// closing period that would end it half way.
    /// </summary>
    internal static string OneLineInSentence(WsaErrorInfo info) => string.Format(
        CultureInfo.InvariantCulture, "{0} ({1}: {2})", info.Name, info.Code, info.Title.TrimEnd('.'));

    /// <summary><c>Unknown Winsock error 12345 (0x3039).</c></summary>
    private static string DescribeUnknown(int code) =>
        string.Format(CultureInfo.InvariantCulture, "Unknown Winsock error {0} (0x{0:X}).", code);

    private static string BuildOneLine(WsaErrorInfo info) => string.Format(
        CultureInfo.InvariantCulture, "{0} ({1}): {2}", info.Name, info.Code, info.Title);
}
