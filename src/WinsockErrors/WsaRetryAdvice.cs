namespace WinsockErrors;

/// <summary>
/// Whether an operation that failed with a Winsock error may be tried again, judged by the one fact that matters for
/// a retry: whether anything can have reached the peer.
/// </summary>
/// <remarks>
/// Each code's advice and the reason for it are listed in the project's <c>docs/retry.md</c>;
/// <see cref="WsaErrorInfo.RetryReason"/> gives the reason at run time.
/// </remarks>
public enum WsaRetryAdvice
{
    /// <summary>The same call fails the same way again: an invalid argument, a wrong address family, access denied, not a socket.</summary>
    Never,

    /// <summary>Nothing reached the peer (a refused connection, an unreachable network or host, a DNS try-again), so a retry is safe even for work that is not idempotent.</summary>
    Safe,

    /// <summary>The connection broke after work may have reached the peer (a reset, an abort, a timeout whose phase is unknown): retry only idempotent work.</summary>
    IfIdempotent,

    /// <summary>A local resource ran out (buffer space, sockets, a process limit): a retry can succeed once some is freed, so wait before it.</summary>
    AfterDelay,
}
