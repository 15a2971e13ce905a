namespace WinsockErrors.Cli.Explain;

/// <summary>
/// HRESULTs of plain Win32 errors Winsock shares (0x80070057, E_INVALIDARG, is ERROR_INVALID_PARAMETER, the same number
/// as WSA_INVALID_PARAMETER): any Windows API returns those, so they are not socket errors.
/// </summary>
internal static class Win32HResults
{
    /// <summary>Whether <paramref name="number"/>, read as <paramref name="entry"/>, is such an HRESULT.</summary>
    public static bool Includes(string number, WsaErrorInfo entry) =>
        entry.Category == WsaErrorCategory.OverlappedIo && WsaErrors.TryParseNumber(number, out var value) && value < 0;
}
