using System;
using System.Net.Sockets;

namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>Finds the Winsock entry of a <see cref="SocketException"/>, exactly, on Windows, Linux and macOS.</summary>
    /// <returns>The entry, or <see langword="null"/> when neither the exception's <see cref="SocketException.SocketErrorCode"/>
    /// nor its native code is known.</returns>
    /// <remarks>
    /// Uses <see cref="SocketException.SocketErrorCode"/>, which holds the Winsock value on every OS, unless it is the
    /// catch-all <see cref="SocketError.SocketError"/>; then the native code, read as <see cref="Find(int)"/> reads it.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static WsaErrorInfo? Find(SocketException exception)
    {
#if NET8_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(exception);
#else
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }
#endif

        var socketError = exception.SocketErrorCode;
        if (socketError != SocketError.SocketError)
        {
            var index = IndexOfCode((int)socketError);
            // Stryker disable once Equality : SocketError.Success skipped here is read from NativeErrorCode 0, the same NO_ERROR
            if (index >= 0)
            {
                return EntryAt(index);
            }
        }

        return Find(exception.NativeErrorCode);
    }

    /// <summary>
    /// The one-line explanation of a <see cref="SocketException"/>, for logs: <c>WSAECONNREFUSED (10061): Connection refused.</c>
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static string Describe(SocketException exception) =>
        Find(exception)?.ToString() ?? DescribeUnknown(exception.NativeErrorCode);

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
