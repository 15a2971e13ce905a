using Xunit;

namespace WinsockErrors.Tests;

/// <summary>
/// Ways a Winsock error is written, with the entry each names (<see langword="null"/>: none). The library's
/// <see cref="WsaErrors.TryParse(string?, out WsaErrorInfo?)"/> and the wsaerr tool both run this one table, so
/// they cannot drift apart; the answers are the same on every OS.
/// </summary>
public static class ReadingCases
{
    public static TheoryData<string, string?> All => new()
    {
        // Codes, decimal and hex.
        { "10054", "WSAECONNRESET" },
        { "0x2746", "WSAECONNRESET" },
        { "0X274d", "WSAECONNREFUSED" },
        { "+10061", "WSAECONNREFUSED" },
        { "995", "WSA_OPERATION_ABORTED" },
        { "0", "NO_ERROR" },
        { "0x0", "NO_ERROR" },
        { "11033", "WSA_IPSEC_NAME_POLICY_ERROR" },
        { "99999", null },
        { "12345", null },

        // HRESULT_FROM_WIN32, as hex, as a negative int and as the unsigned number.
        { "0x80072746", "WSAECONNRESET" },
        { "-2147014842", "WSAECONNRESET" },
        { "2147952454", "WSAECONNRESET" },
        { "0x80072AF9", "WSAHOST_NOT_FOUND" },
        { "0x80004005", null },
        { "-5", null },

        // .NET's own host-not-found value on Linux and macOS, in each form it is printed.
        { "-131073", "WSAHOST_NOT_FOUND" },
        { "0xFFFDFFFF", "WSAHOST_NOT_FOUND" },
        { "0xfffdffff", "WSAHOST_NOT_FOUND" },
        { "4294836223", "WSAHOST_NOT_FOUND" },
        { "(00000005, 0xFFFDFFFF)", "WSAHOST_NOT_FOUND" },
        { "(10054)", "WSAECONNRESET" },
        { "-131074", null },

        // Platform errno numbers are never read from a bare number: the answer would differ by OS.
        { "111", null },
        { "54", null },

        // Not numbers, or beyond 32 bits.
        { "0x123456789", null },
        { "99999999999", null },
        { "0x", null },
        { "1e4", null },
        { "10,054", null },

        // Macro names and aliases, any ASCII case.
        { "WSAECONNRESET", "WSAECONNRESET" },
        { "wsaeconnreset", "WSAECONNRESET" },
        { "WsaEConnReset", "WSAECONNRESET" },
        { "WSANO_ADDRESS", "WSANO_DATA" },
        { "HOST_NOT_FOUND", "WSAHOST_NOT_FOUND" },
        { "WSA_QOS_EUNKNOWNPSOBJ", "WSA_QOS_EUNKOWNPSOBJ" },
        { "WSAENOSUCHTHING", null },

        // getaddrinfo names: on Windows their values are the Winsock codes.
        { "EAI_NONAME", "WSAHOST_NOT_FOUND" },
        { "eai_again", "WSATRY_AGAIN" },
        { "EAI_FAIL", "WSANO_RECOVERY" },
        { "EAI_FAMILY", "WSAEAFNOSUPPORT" },
        { "EAI_MEMORY", "WSA_NOT_ENOUGH_MEMORY" },

        // errno names: the winsock2.h pair first, then the names only .NET maps.
        { "ECONNRESET", "WSAECONNRESET" },
        { "EINTR", "WSAEINTR" },
        { "ewouldblock", "WSAEWOULDBLOCK" },
        { "EAGAIN", "WSAEWOULDBLOCK" },
        { "ESHUTDOWN", "WSAESHUTDOWN" },
        { "EPIPE", "WSAESHUTDOWN" },
        { "ENFILE", "WSAEMFILE" },
        { "ECANCELED", "WSA_OPERATION_ABORTED" },
        { "ENODATA", "WSANO_DATA" },
        { "EIO", null },

        // .NET SocketError member names.
        { "ConnectionRefused", "WSAECONNREFUSED" },
        { "connectionrefused", "WSAECONNREFUSED" },
        { "SocketError.TimedOut", "WSAETIMEDOUT" },
        { "Success", "NO_ERROR" },
        { "SocketError", null },
        { "SocketError.SocketError", null },

        // ASCII case only: a dotless i or the Kelvin sign is not a letter of a name.
        { "E\u0131NTR", null },
        { "WSAENO\u212AUFS", null },
    };
}
