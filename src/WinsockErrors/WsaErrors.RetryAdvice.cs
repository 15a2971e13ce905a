using System;

namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>
    /// Whether the operation that threw may be tried again: the <see cref="WsaErrorInfo.RetryAdvice"/> of the socket
    /// error the exception carries, refined by the phase the exception reports.
    /// </summary>
    /// <returns>
    /// <see langword="null"/> when the exception carries no socket error with a known code. Otherwise the code's
    /// advice, except that <see cref="WsaRetryAdvice.IfIdempotent"/> becomes <see cref="WsaRetryAdvice.Safe"/> when the
    /// exception says the failure came before a connection was made, so nothing was sent: a
    /// <see cref="System.Net.WebException"/> with status <c>ConnectFailure</c> or <c>NameResolutionFailure</c>, or on
    /// .NET 8 and later an <see cref="System.Net.Http.HttpRequestException"/> whose <c>HttpRequestError</c> is
    /// <c>NameResolutionError</c> or <c>ConnectionError</c>. A timeout while <c>HttpClient</c> connects is then
    /// <see cref="WsaRetryAdvice.Safe"/>; the same timeout from a bare socket, whose phase is unknown, is not.
    /// </returns>
    /// <remarks>
    /// The socket error and the phase are both searched for in the exception and everything it wraps, as
    /// <see cref="Find(Exception)"/> searches.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static WsaRetryAdvice? GetRetryAdvice(Exception exception)
    {
        if (Find(exception) is not { } info)
        {
            return null;
        }

        return info.RetryAdvice == WsaRetryAdvice.IfIdempotent && ConnectPhase.NothingWasSent(exception)
            ? WsaRetryAdvice.Safe
            : info.RetryAdvice;
    }

    /// <summary>Whether to retry the operation that threw; the advice comes from <see cref="GetRetryAdvice(Exception)"/>.</summary>
    /// <param name="exception">The exception the operation threw.</param>
    /// <param name="idempotent">Whether doing the operation twice has the same effect as doing it once (a GET, a read, an upsert by key).</param>
    /// <returns>
    /// <see langword="true"/> for <see cref="WsaRetryAdvice.Safe"/> and <see cref="WsaRetryAdvice.AfterDelay"/> (wait
    /// first), and for <see cref="WsaRetryAdvice.IfIdempotent"/> when <paramref name="idempotent"/> is
    /// <see langword="true"/>; <see langword="false"/> for <see cref="WsaRetryAdvice.Never"/> and when the exception
    /// carries no socket error.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static bool ShouldRetry(Exception exception, bool idempotent) => GetRetryAdvice(exception) switch
    {
        WsaRetryAdvice.Safe or WsaRetryAdvice.AfterDelay => true,
        WsaRetryAdvice.IfIdempotent => idempotent,
        _ => false,
    };
}
