using System;
using System.Globalization;
using System.Net.Sockets;

namespace WinsockErrors;

/// <summary>Conversions between <see cref="WsaError"/>, <see cref="SocketError"/> and exceptions.</summary>
public static class WsaErrorExtensions
{
    /// <summary>The macro name of <paramref name="error"/> without reflection; the number for an undefined value, as <c>Enum.ToString()</c> gives it.</summary>
    public static string ToName(this WsaError error) =>
        WsaErrors.FindDefined(error)?.Name ?? ((int)error).ToString(CultureInfo.InvariantCulture);

    /// <summary>The entry of <paramref name="error"/>; see <see cref="WsaErrors.Get(WsaError)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is not a defined member.</exception>
    public static WsaErrorInfo GetInfo(this WsaError error) => WsaErrors.Get(error);

    /// <summary>The <see cref="SocketError"/> with the same value, or <see langword="null"/> where .NET has none (about half the codes).</summary>
    public static SocketError? ToSocketError(this WsaError error) => WsaErrors.FindDefined(error)?.SocketError;

    /// <summary>The <see cref="WsaError"/> with the same value, or <see langword="null"/> for <see cref="SocketError.SocketError"/> and undefined values.</summary>
    public static WsaError? ToWsaError(this SocketError socketError) =>
        WsaErrors.IsDefined((WsaError)socketError) ? (WsaError)socketError : null;

    /// <summary>The Winsock code of <paramref name="exception"/> on any OS; see <see cref="WsaErrors.Find(SocketException)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static WsaError? ToWsaError(this SocketException exception) => WsaErrors.Find(exception)?.Error;

    /// <summary>
    /// The Winsock code of the socket error an exception carries, wherever it is wrapped (<c>HttpRequestException</c>,
    /// <c>IOException</c>, <c>AggregateException</c>…); see <see cref="WsaErrors.Find(Exception)"/>. Named like the
    /// <see cref="SocketException"/> overload, which it calls for the exception it finds, so one call reads both.
    /// </summary>
    /// <returns>The code, or <see langword="null"/> when the exception carries no <see cref="SocketException"/> with a known code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static WsaError? ToWsaError(this Exception exception) => WsaErrors.Find(exception)?.Error;
}
