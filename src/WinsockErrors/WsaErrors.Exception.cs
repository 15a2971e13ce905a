using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;

namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>
    /// How many levels of wrapping the exception lookups look through (the exception itself is level 0). Real
    /// wrapping is a handful of levels; the limit keeps a pathological chain from costing more than a bounded walk.
    /// </summary>
    public const int MaxExceptionDepth = 64;

    /// <summary>
    /// Finds the Winsock entry of the socket error an exception carries, wherever it is wrapped: an
    /// <see cref="System.Net.Http.HttpRequestException"/> from <c>HttpClient</c>, an <see cref="System.IO.IOException"/>
    /// from a <see cref="NetworkStream"/>, a <see cref="System.Net.WebException"/> from <c>HttpWebRequest</c>, every
    /// branch of an <see cref="AggregateException"/> from <c>Task.WhenAll</c>.
    /// </summary>
    /// <returns>
    /// The entry of the first <see cref="SocketException"/> found, read exactly as <see cref="Find(SocketException)"/>
    /// reads it; <see langword="null"/> when there is none, or when its code is unknown.
    /// </returns>
    /// <remarks>
    /// <para>
    /// The exception comes first, then depth first its <see cref="Exception.InnerException"/>, or for an
    /// <see cref="AggregateException"/> each of its <see cref="AggregateException.InnerExceptions"/> in order, at most
    /// <see cref="MaxExceptionDepth"/> levels down. An exception reached twice is read once, so the walk ends even
    /// on a graph that points back at itself.
    /// </para>
    /// <para>
    /// No code is made up where no <see cref="SocketException"/> exists. An <c>HttpClient</c> timeout is a
    /// <see cref="System.Threading.Tasks.TaskCanceledException"/> wrapping a <see cref="TimeoutException"/>, with no
    /// socket error in it; TLS, HTTP protocol and proxy failures usually carry none either. From .NET 8,
    /// <c>HttpRequestException.HttpRequestError</c> classifies those: <c>NameResolutionError</c>,
    /// <c>ConnectionError</c>, <c>SecureConnectionError</c>, <c>HttpProtocolError</c>,
    /// <c>ExtendedConnectNotSupported</c>, <c>VersionNegotiationError</c>, <c>UserAuthenticationError</c>,
    /// <c>ProxyTunnelError</c>, <c>InvalidResponse</c>, <c>ResponseEnded</c>, <c>ConfigurationLimitExceeded</c> or
    /// <c>Unknown</c>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static WsaErrorInfo? Find(Exception exception) =>
        FindSocketException(exception) is { } socketException ? Find(socketException) : null;

    /// <summary>Finds the Winsock entry of the socket error an exception carries; see <see cref="Find(Exception)"/>.</summary>
    /// <returns><see langword="true"/> when a <see cref="SocketException"/> with a known code was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static bool TryFind(Exception exception, [NotNullWhen(true)] out WsaErrorInfo? info)
    {
        info = Find(exception);
        return info is not null;
    }

    /// <summary>
    /// The one-line explanation of the socket error an exception carries, for logs:
    /// <c>WSAECONNREFUSED (10061): Connection refused.</c> for an <c>HttpClient</c> call to a closed port.
    /// </summary>
    /// <returns>
    /// What <see cref="Describe(SocketException)"/> gives for the first <see cref="SocketException"/> found (see
    /// <see cref="Find(Exception)"/>); when there is none, one line naming the exception's type:
    /// <c>System.Threading.Tasks.TaskCanceledException carries no socket error.</c> Never <see langword="null"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static string Describe(Exception exception) =>
        FindSocketException(exception) is { } socketException
            ? Describe(socketException)
            : exception.GetType().FullName + " carries no socket error.";

    /// <summary>The first <see cref="SocketException"/> in an exception and everything it wraps; see <see cref="Find(Exception)"/>.</summary>
    /// <returns>The exception itself when it is one, else the first one found inside, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static SocketException? FindSocketException(Exception exception) =>
        ExceptionSearch.First(NotNull(exception));

    /// <summary>
    /// Every <see cref="SocketException"/> in an exception and everything it wraps, each once, in the order
    /// <see cref="Find(Exception)"/> meets them: the branches of a <c>Task.WhenAll</c> can fail with different errors.
    /// </summary>
    /// <returns>The exceptions found; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<SocketException> FindSocketExceptions(Exception exception)
    {
        var found = new List<SocketException>();
        ExceptionSearch.Search(NotNull(exception), found);
        return found;
    }

    private static Exception NotNull(Exception exception) =>
        exception ?? throw new ArgumentNullException(nameof(exception));
}
