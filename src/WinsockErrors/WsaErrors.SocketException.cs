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
}
