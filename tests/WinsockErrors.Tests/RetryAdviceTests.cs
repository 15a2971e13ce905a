using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

/// <summary>The retry advice of the table, and how an exception's advice is found and refined.</summary>
public class RetryAdviceTests
{
    [Fact]
    public void Every_code_has_an_advice_and_a_reason()
    {
        WsaErrors.All.Should().OnlyContain(e => Enum.IsDefined(e.RetryAdvice) && e.RetryReason.Trim().Length > 0);
        WsaErrors.All.Select(e => e.RetryAdvice).Distinct().Should().HaveCount(4, "each advice has codes that take it");
    }

    [Theory]
    [InlineData(WsaError.WSAECONNREFUSED, WsaRetryAdvice.Safe)]
    [InlineData(WsaError.WSAENETUNREACH, WsaRetryAdvice.Safe)]
    [InlineData(WsaError.WSAEHOSTUNREACH, WsaRetryAdvice.Safe)]
    [InlineData(WsaError.WSATRY_AGAIN, WsaRetryAdvice.Safe)]
    [InlineData(WsaError.WSAECONNRESET, WsaRetryAdvice.IfIdempotent)]
    [InlineData(WsaError.WSAECONNABORTED, WsaRetryAdvice.IfIdempotent)]
    [InlineData(WsaError.WSAENETRESET, WsaRetryAdvice.IfIdempotent)]
    [InlineData(WsaError.WSAETIMEDOUT, WsaRetryAdvice.IfIdempotent)]
    [InlineData(WsaError.WSAENOBUFS, WsaRetryAdvice.AfterDelay)]
    [InlineData(WsaError.WSAEMFILE, WsaRetryAdvice.AfterDelay)]
    [InlineData(WsaError.WSAEPROCLIM, WsaRetryAdvice.AfterDelay)]
    [InlineData(WsaError.WSAEINVAL, WsaRetryAdvice.Never)]
    [InlineData(WsaError.WSAEAFNOSUPPORT, WsaRetryAdvice.Never)]
    [InlineData(WsaError.WSAEACCES, WsaRetryAdvice.Never)]
    [InlineData(WsaError.WSAENOTSOCK, WsaRetryAdvice.Never)]
    [InlineData(WsaError.WSAVERNOTSUPPORTED, WsaRetryAdvice.Never)]
    public void The_examples_of_each_advice_have_it(WsaError error, WsaRetryAdvice advice) =>
        WsaErrors.Get(error).RetryAdvice.Should().Be(advice);

    [Theory]
    [InlineData(WsaRetryAdvice.Safe, false, true)]
    [InlineData(WsaRetryAdvice.Safe, true, true)]
    [InlineData(WsaRetryAdvice.AfterDelay, false, true)]
    [InlineData(WsaRetryAdvice.AfterDelay, true, true)]
    [InlineData(WsaRetryAdvice.IfIdempotent, false, false)]
    [InlineData(WsaRetryAdvice.IfIdempotent, true, true)]
    [InlineData(WsaRetryAdvice.Never, false, false)]
    [InlineData(WsaRetryAdvice.Never, true, false)]
    public void ShouldRetry_follows_the_advice_and_idempotence(WsaRetryAdvice advice, bool idempotent, bool retry)
    {
        foreach (var info in WsaErrors.All.Where(e => e.RetryAdvice == advice && e.SocketError is not null))
        {
            var e = new IOException("wrapped", new SocketException((int)info.SocketError!.Value));

            WsaErrors.GetRetryAdvice(e).Should().Be(advice, info.Name);
            WsaErrors.ShouldRetry(e, idempotent).Should().Be(retry, info.Name);
        }
    }

    [Fact]
    public void No_socket_error_gives_no_advice_and_no_retry()
    {
        var e = new TaskCanceledException("timeout", new TimeoutException());

        WsaErrors.GetRetryAdvice(e).Should().BeNull();
        WsaErrors.ShouldRetry(e, idempotent: true).Should().BeFalse();
    }

    [Fact]
    public void A_null_exception_is_an_argument_error()
    {
        FluentActions.Invoking(() => WsaErrors.GetRetryAdvice(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => WsaErrors.ShouldRetry(null!, idempotent: true)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_advice_is_searched_for_as_Find_searches()
    {
        var e = new AggregateException(new InvalidOperationException("no socket"), new IOException("read", Socket(SocketError.ConnectionReset)));

        WsaErrors.GetRetryAdvice(e).Should().Be(WsaRetryAdvice.IfIdempotent);
    }

    [Theory]
    [InlineData(WebExceptionStatus.ConnectFailure, WsaRetryAdvice.Safe)]
    [InlineData(WebExceptionStatus.NameResolutionFailure, WsaRetryAdvice.Safe)]
    [InlineData(WebExceptionStatus.ReceiveFailure, WsaRetryAdvice.IfIdempotent)]
    [InlineData(WebExceptionStatus.UnknownError, WsaRetryAdvice.IfIdempotent)]
    public void A_WebException_status_before_connecting_makes_a_timeout_safe(WebExceptionStatus status, WsaRetryAdvice advice)
    {
        var e = new WebException("failed", new HttpRequestException("failed", Socket(SocketError.TimedOut)), status, response: null);

        WsaErrors.GetRetryAdvice(e).Should().Be(advice);
    }

    [Fact]
    public void The_phase_only_lifts_IfIdempotent_advice()
    {
        static Exception Connecting(SocketError error) =>
            new WebException("failed", Socket(error), WebExceptionStatus.ConnectFailure, response: null);

        WsaErrors.GetRetryAdvice(Connecting(SocketError.InvalidArgument)).Should().Be(WsaRetryAdvice.Never);
        WsaErrors.GetRetryAdvice(Connecting(SocketError.NoBufferSpaceAvailable)).Should().Be(WsaRetryAdvice.AfterDelay);
        WsaErrors.GetRetryAdvice(Connecting(SocketError.ConnectionRefused)).Should().Be(WsaRetryAdvice.Safe);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, false)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void An_HttpRequestError_before_connecting_makes_a_timeout_safe_on_NET_8(HttpRequestError error, bool beforeConnecting)
    {
        var e = new HttpRequestException(error, "failed", Socket(SocketError.TimedOut));

#if LIBRARY_NETSTANDARD
        // The netstandard2.0 build cannot read HttpRequestError, which .NET 8 added.
        beforeConnecting = false;
#endif
        WsaErrors.GetRetryAdvice(e).Should().Be(beforeConnecting ? WsaRetryAdvice.Safe : WsaRetryAdvice.IfIdempotent);
        WsaErrors.ShouldRetry(e, idempotent: false).Should().Be(beforeConnecting);
    }

    [Fact]
    public void A_bare_socket_timeout_keeps_its_unknown_phase() =>
        WsaErrors.GetRetryAdvice(Socket(SocketError.TimedOut)).Should().Be(WsaRetryAdvice.IfIdempotent);

    private static SocketException Socket(SocketError error) => new((int)error);
}
