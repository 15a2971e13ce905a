using System.Net.Sockets;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// The inputs every benchmark class shares: eight codes that real programs meet, spread over the dense range and the
/// small codes, and their spellings for each lookup.
/// </summary>
public static class Samples
{
    /// <summary>How many inputs one benchmark invocation walks through.</summary>
    public const int Count = 8;

    /// <summary>The codes, as <c>WSAGetLastError</c> returns them.</summary>
    public static int[] Codes() =>
    [
        10054, // WSAECONNRESET
        10061, // WSAECONNREFUSED
        10060, // WSAETIMEDOUT
        10035, // WSAEWOULDBLOCK
        11001, // WSAHOST_NOT_FOUND
        10048, // WSAEADDRINUSE
        995,   // WSA_OPERATION_ABORTED, a small code (the switch, not the dense table)
        10013, // WSAEACCES
    ];

    /// <summary>The Winsock macro names of <see cref="Codes"/>, in the case the headers use.</summary>
    public static string[] MacroNames() =>
    [
        "WSAECONNRESET", "WSAECONNREFUSED", "WSAETIMEDOUT", "WSAEWOULDBLOCK",
        "WSAHOST_NOT_FOUND", "WSAEADDRINUSE", "WSA_OPERATION_ABORTED", "WSAEACCES",
    ];

    /// <summary>
    /// Aliases of the same kind of codes: BSD errno names, a getaddrinfo name and a Winsock alias. WSA_OPERATION_ABORTED
    /// has no alias, so WSANO_ADDRESS (WSANO_DATA, 11004) stands in for it.
    /// </summary>
    public static string[] AliasNames() =>
    [
        "ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EWOULDBLOCK",
        "EAI_NONAME", "EADDRINUSE", "WSANO_ADDRESS", "EACCES",
    ];

    /// <summary>The <see cref="SocketError"/> member names of the codes <see cref="AliasNames"/> stand for.</summary>
    public static string[] AliasSocketErrorNames() =>
    [
        nameof(SocketError.ConnectionReset), nameof(SocketError.ConnectionRefused), nameof(SocketError.TimedOut),
        nameof(SocketError.WouldBlock), nameof(SocketError.HostNotFound), nameof(SocketError.AddressAlreadyInUse),
        nameof(SocketError.NoData), nameof(SocketError.AccessDenied),
    ];

    /// <summary>The <see cref="SocketError"/> member names of <see cref="Codes"/>, as <c>Enum.ToString()</c> spells them.</summary>
    public static string[] SocketErrorNames() =>
    [
        nameof(SocketError.ConnectionReset), nameof(SocketError.ConnectionRefused), nameof(SocketError.TimedOut),
        nameof(SocketError.WouldBlock), nameof(SocketError.HostNotFound), nameof(SocketError.AddressAlreadyInUse),
        nameof(SocketError.OperationAborted), nameof(SocketError.AccessDenied),
    ];

    /// <summary>Text that names nothing in any of the lookups: near misses of real names and plain words.</summary>
    public static string[] MissNames() =>
    [
        "WSAECONNRESTE", "ECONNRESETS", "NOSUCHERROR", "WSAEBOGUS",
        "TimedOutLater", "EAI_NOPE", "hello", "WSA_QOS_NOTHING_HERE",
    ];
}
