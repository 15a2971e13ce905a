namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>Finds the entry whose HRESULT (HRESULT_FROM_WIN32) is <paramref name="hResult"/>, such as <c>unchecked((int)0x80072746)</c>.</summary>
    /// <returns>The entry, or <see langword="null"/> when the HRESULT does not wrap a known Winsock code.</returns>
    public static WsaErrorInfo? FindByHResult(int hResult)
    {
        var index = IndexOfHResult(hResult);
        return index < 0 ? null : EntryAt(index);
    }

    /// <summary>The code an HRESULT_FROM_WIN32 value wraps: severity error, facility Win32, the code in the low 16 bits.</summary>
    private static int IndexOfHResult(int hResult)
    {
        const int Win32Facility = unchecked((int)0x80070000);
        if (hResult != 0 && (hResult & unchecked((int)0xFFFF0000)) != Win32Facility)
        {
            return -1;
        }

        return IndexOfCode(hResult & 0xFFFF);
    }
}
