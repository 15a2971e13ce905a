using System;
using System.Net;
#if NET8_0_OR_GREATER
using System.Net.Http;
#endif

namespace WinsockErrors;

/// <summary>
/// Reads from an exception whether it failed before a connection was made, where the exception says so: then nothing
/// reached the peer, whatever the socket error.
/// </summary>
internal static class ConnectPhase
{
    /// <summary>
    /// <see langword="true"/> when the exception or anything it wraps is a <see cref="WebException"/> with status
    /// <see cref="WebExceptionStatus.ConnectFailure"/> or <see cref="WebExceptionStatus.NameResolutionFailure"/>, or on
    /// .NET 8 and later an <c>HttpRequestException</c> whose <c>HttpRequestError</c> is <c>NameResolutionError</c> or
    /// <c>ConnectionError</c> ("a transport-level failure occurred while connecting to the remote endpoint").
    /// </summary>
    public static bool NothingWasSent(Exception root) =>
        ExceptionSearch.Search<WebException>(root, found: null, IsBeforeConnection) is not null
#if NET8_0_OR_GREATER
        || ExceptionSearch.Search<HttpRequestException>(root, found: null, IsBeforeConnection) is not null
#endif
        ;

    private static bool IsBeforeConnection(WebException exception) =>
        exception.Status is WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure;

#if NET8_0_OR_GREATER
    private static bool IsBeforeConnection(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError;
#endif
}
