using System.Net.Sockets;

namespace WinsockErrors.Tests.Docs;

/// <summary>
/// The test for a code that reads the same on every OS, for a caught <see cref="SocketException"/> <c>e</c>: .NET's
/// own <see cref="SocketException.SocketErrorCode"/> where <see cref="SocketError"/> has a member for the code, else
/// the library's <see cref="WsaErrorExtensions.ToWsaError(SocketException)"/>.
/// </summary>
internal static class PortableCheck
{
    public static string For(WsaErrorInfo info) => info.SocketError is { } member
        ? $"e.SocketErrorCode == {nameof(SocketError)}.{member}"
        : $"e.ToWsaError() == {nameof(WsaError)}.{info.Name}";
}
