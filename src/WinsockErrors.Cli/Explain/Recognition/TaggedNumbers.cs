namespace WinsockErrors.Cli.Explain;

/// <summary>What a number found in a log or a query stands for, given its tag; the library reads every number.</summary>
internal static class TaggedNumbers
{
    /// <summary>Whether a number after "errno" is an errno rather than a Winsock code: the one errno cut.</summary>
    public static bool IsErrno(int number) => number < WinsockRange.First;

    /// <summary>Reads the number after a tag (WinError 995, errno 111, SocketException (10054), os error 111, HRESULT 0x80072746).</summary>
    /// <returns>The entry, or <see langword="null"/>; <paramref name="asErrno"/> tells whether the number was read as an errno.</returns>
    public static WsaErrorInfo? Read(TagReading reading, string digits, ErrnoPlatform platform, out bool asErrno)
    {
        asErrno = false;
        if (!WsaErrors.TryParseNumber(digits, out var number))
        {
            return null;
        }

        if (reading == TagReading.Errno && IsErrno(number))
        {
            asErrno = true;
            return WsaErrors.FromErrno(number, platform);
        }

        if (WsaErrors.TryParse(digits, out var entry))
        {
            return entry;
        }

        if (reading != TagReading.NativeCode)
        {
            return null;
        }

        entry = WsaErrors.FindNativeErrorCode(number, platform);
        asErrno = entry is not null;
        return entry;
    }

    /// <summary>Reads a number that stands alone: a code from <see cref="WinsockRange.First"/> up, or an HRESULT (or .NET's value, 0xFFFDFFFF).</summary>
    public static WsaErrorInfo? ReadBare(string text) =>
        WsaErrors.TryParseNumber(text, out var number) && (number < 0 || !IsErrno(number)) && WsaErrors.TryParse(text, out var entry)
            ? entry
            : null;
}
