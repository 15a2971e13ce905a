using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace WinsockErrors.Polly.Tests;

/// <summary>The predicates as parts of a larger <see cref="PredicateBuilder{TResult}"/>: chained, converted, checked.</summary>
public class PredicateChainingTests
{
    private static readonly Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> ShouldHandle =
        new PredicateBuilder<HttpResponseMessage>()
            .HandleRetryableWsaErrors(idempotent: false)
            .Handle<TimeoutException>()
            .HandleResult(response => response.StatusCode == HttpStatusCode.ServiceUnavailable);

    [Fact]
    public async Task Socket_errors_the_advice_allows_are_handled_wherever_they_are_wrapped()
    {
        (await Handles(new HttpRequestException("failed", Socket(SocketError.ConnectionRefused)))).Should().BeTrue();
        (await Handles(new AggregateException(new IOException("read", Socket(SocketError.NoBufferSpaceAvailable))))).Should().BeTrue();
    }

    [Fact]
    public async Task Socket_errors_the_advice_forbids_are_not_handled()
    {
        (await Handles(new IOException("read", Socket(SocketError.ConnectionReset)))).Should().BeFalse();
        (await Handles(Socket(SocketError.InvalidArgument))).Should().BeFalse();
    }

    [Fact]
    public async Task The_phase_an_exception_reports_refines_the_advice()
    {
        var whileConnecting = new HttpRequestException(HttpRequestError.ConnectionError, "failed", Socket(SocketError.TimedOut));
        var afterSending = new HttpRequestException(HttpRequestError.ResponseEnded, "failed", Socket(SocketError.TimedOut));

        (await Handles(whileConnecting)).Should().BeTrue();
        (await Handles(afterSending)).Should().BeFalse();
    }

    [Fact]
    public async Task The_chained_predicates_still_apply()
    {
        (await Handles(new TimeoutException())).Should().BeTrue();
        (await Handles(new InvalidOperationException())).Should().BeFalse();
        using var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        using var ok = new HttpResponseMessage(HttpStatusCode.OK);
        (await ShouldHandle(Arguments(Outcome.FromResult(unavailable)))).Should().BeTrue();
        (await ShouldHandle(Arguments(Outcome.FromResult(ok)))).Should().BeFalse();
    }

    [Fact]
    public async Task HandleWsaError_reads_the_code_on_every_OS_and_copies_its_list()
    {
        var errors = new[] { WsaError.WSAECONNRESET };
        Func<RetryPredicateArguments<object>, ValueTask<bool>> predicate = new PredicateBuilder().HandleWsaError(errors);
        errors[0] = WsaError.WSAEINVAL;

        (await predicate(Arguments<object>(Outcome.FromException<object>(new IOException("read", Socket(SocketError.ConnectionReset)))))).Should().BeTrue();
        (await predicate(Arguments<object>(Outcome.FromException<object>(Socket(SocketError.InvalidArgument))))).Should().BeFalse();
        (await predicate(Arguments<object>(Outcome.FromException<object>(new TimeoutException())))).Should().BeFalse();
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        FluentActions.Invoking(() => ((PredicateBuilder<object>)null!).HandleRetryableWsaErrors(idempotent: true))
            .Should().Throw<ArgumentNullException>().WithParameterName("builder");
        FluentActions.Invoking(() => ((PredicateBuilder<object>)null!).HandleWsaError(WsaError.WSAECONNRESET))
            .Should().Throw<ArgumentNullException>().WithParameterName("builder");
        FluentActions.Invoking(() => new PredicateBuilder().HandleWsaError(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("errors");
    }

    private static ValueTask<bool> Handles(Exception exception) =>
        ShouldHandle(Arguments(Outcome.FromException<HttpResponseMessage>(exception)));

    private static RetryPredicateArguments<T> Arguments<T>(Outcome<T> outcome) =>
        new(ResilienceContextPool.Shared.Get(), outcome, attemptNumber: 0);

    private static SocketException Socket(SocketError error) => new((int)error);
}
