// Source: EvotecIT/DnsClientX, DnsClientX/DnsQueryDiagnostics.cs, commit 7c0472f15ae39a2eb59f4c9d93878f7acb7a4262
using System;
using System.Net.Http;
using System.Net.Sockets;

static class DnsQueryDiagnostics
{
    public static bool IsTransient(Exception exception)
    {
        if (exception is HttpRequestException httpException
            && (HasNetworkOrSslConnectionError(httpException.Message) || HasNetworkOrSslConnectionError(httpException.InnerException?.Message)))
        {
            return true;
        }

        return exception is SocketException socketException
            && (socketException.SocketErrorCode == SocketError.ConnectionReset // look-alike
                || socketException.SocketErrorCode == SocketError.NetworkUnreachable); // look-alike
    }

    // The message arrives as a parameter: the socket text in it is not traced back to an exception.
    private static bool HasNetworkOrSslConnectionError(string? errorMessage)
    {
        if (string.IsNullOrEmpty(errorMessage))
        {
            return false;
        }

        var message = errorMessage!;
        return message.IndexOf("ssl connection could not be established", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("unable to read data from the transport connection", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("connection was forcibly closed", StringComparison.OrdinalIgnoreCase) >= 0 // non-portable
            || message.IndexOf("certificate validation", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("handshake", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("network error", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("timeout", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("an error occurred while sending the request", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("unexpected error occurred on a send", StringComparison.OrdinalIgnoreCase) >= 0 // look-alike
            || message.IndexOf("underlying connection was closed", StringComparison.OrdinalIgnoreCase) >= 0; // look-alike
    }
}
