namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>Severity error, facility Win32: the high 16 bits of an HRESULT_FROM_WIN32 value.</summary>
    private const int Win32Facility = unchecked((int)0x80070000);

    /// <summary>Finds the entry whose HRESULT (HRESULT_FROM_WIN32) is <paramref name="hResult"/>, such as <c>unchecked((int)0x80072746)</c>.</summary>
    /// <returns>The entry, or <see langword="null"/> when the HRESULT does not wrap a known Winsock code.</returns>
    public static WsaErrorInfo? FindByHResult(int hResult)
    {
        var index = IndexOfHResult(hResult);
        return index < 0 ? null : EntryAt(index);
    }

    /// <summary>HRESULT_FROM_WIN32 of a Winsock code: 0 stays 0, anything else becomes 0x8007xxxx (10054 gives 0x80072746).</summary>
    internal static int ToHResult(int code) => code <= 0 ? code : unchecked((int)(Win32Facility | (code & 0xFFFF)));

    /// <summary>The code an HRESULT_FROM_WIN32 value wraps: severity error, facility Win32, the code in the low 16 bits.</summary>
    private static int IndexOfHResult(int hResult)
    {
        if (hResult != 0 && (hResult & unchecked((int)0xFFFF0000)) != Win32Facility)
        {
            return -1;
        }

        return IndexOfCode(hResult & 0xFFFF);
    }
}
