using System;

namespace WinsockErrors.Cli.Explain;

/// <summary>What a number found in a log stands for, given what comes before it.</summary>
internal static class LogNumbers
{
    /// <summary>
    /// Reads the number after a tag (WinError 995, errno 111, SocketException (10054), HRESULT 0x80072746). After
    /// errno it is an errno of <paramref name="platform"/>; after SocketException a Winsock code, else an errno,
    /// because .NET on Linux and macOS prints the native errno there ("SocketException (111): Connection refused").
    /// </summary>
    /// <returns>The entry, or <see langword="null"/>; <paramref name="asErrno"/> tells whether the number was read as an errno.</returns>
    public static WsaErrorInfo? ReadTagged(string tag, string digits, ErrnoPlatform platform, out bool asErrno)
    {
        asErrno = false;
        if (!QueryParser.TryParseNumber(digits, out var number, out _))
        {
            return null;
        }

        if (tag.Equals("errno", StringComparison.OrdinalIgnoreCase) && number < 10000)
        {
            asErrno = true;
            return Errno(number, platform);
        }

        if (number == WsaErrors.DotNetHostNotFoundErrorCode)
        {
            return WsaErrors.Get(WsaError.WSAHOST_NOT_FOUND);
        }

        if (QueryParser.IsHResult(number))
        {
            return HResult(number);
        }

        if (NameIndex.FindCode(number) is { } entry)
        {
            return entry;
        }

        // .NET on Unix and Rust ("os error 111") print the native errno where Windows has the Winsock code.
        asErrno = tag.Equals("SocketException", StringComparison.OrdinalIgnoreCase) || tag.Equals("os error", StringComparison.OrdinalIgnoreCase);
        return asErrno ? Errno(number, platform) : null;
    }

    /// <summary>Reads a number that stands alone: a code from 10000 up, or an HRESULT.</summary>
    public static WsaErrorInfo? ReadBare(string text)
    {
        if (!QueryParser.TryParseNumber(text, out var number, out _))
        {
            return null;
        }

        return QueryParser.IsHResult(number) ? HResult(number) : number >= 10000 ? NameIndex.FindCode(number) : null;
    }

    private static WsaErrorInfo? Errno(long number, ErrnoPlatform platform) =>
        number is > 0 and < 10000 ? WsaErrors.FromErrno((int)number, platform) : null;

    private static WsaErrorInfo? HResult(long number) => WsaErrors.FindByHResult(NameIndex.HResultOf(number));
}
