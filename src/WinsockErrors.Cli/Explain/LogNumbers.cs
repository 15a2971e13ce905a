using System;

namespace WinsockErrors.Cli.Explain;

/// <summary>What a number found in a log stands for, given what comes before it; the library reads every number.</summary>
internal static class LogNumbers
{
    /// <summary>
    /// Reads the number after a tag (WinError 995, errno 111, SocketException (10054), os error 111, HRESULT
    /// 0x80072746). After errno it is an errno of <paramref name="platform"/> (an "errno" of 10000 or more is a
    /// Winsock code, as Python on Windows prints it); after SocketException or Rust's "os error" a native error code
    /// of that platform, because .NET and Rust on Linux and macOS print the errno there ("SocketException (111):
    /// Connection refused").
    /// </summary>
    /// <returns>The entry, or <see langword="null"/>; <paramref name="asErrno"/> tells whether the number was read as an errno.</returns>
    public static WsaErrorInfo? ReadTagged(string tag, string digits, ErrnoPlatform platform, out bool asErrno)
    {
        asErrno = false;
        if (!WsaErrors.TryParseNumber(digits, out var number))
        {
            return null;
        }

        if (tag.Equals("errno", StringComparison.OrdinalIgnoreCase) && number < 10000)
        {
            asErrno = true;
            return WsaErrors.FromErrno(number, platform);
        }

        if (WsaErrors.TryParse(digits, out var entry))
        {
            return entry;
        }

        if (!tag.Equals("SocketException", StringComparison.OrdinalIgnoreCase) && !tag.Equals("os error", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        entry = WsaErrors.FindNativeErrorCode(number, platform);
        asErrno = entry is not null;
        return entry;
    }

    /// <summary>Reads a number that stands alone: a code from 10000 up, or an HRESULT (or .NET's value, 0xFFFDFFFF).</summary>
    public static WsaErrorInfo? ReadBare(string text) =>
        WsaErrors.TryParseNumber(text, out var number) && (number < 0 || number >= 10000) && WsaErrors.TryParse(text, out var entry)
            ? entry
            : null;
}
