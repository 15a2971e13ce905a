using System;
using System.Linq;
using System.Net.Sockets;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>
/// Socket error assertions after <c>Throw</c>: <c>act.Should().Throw&lt;IOException&gt;().HaveWsaError(WsaError.WSAECONNRESET)</c>.
/// </summary>
public static class WsaErrorExceptionAssertionsExtensions
{
    private const string Expectation = "Expected the exception to have";

    /// <summary>Asserts that the thrown exception is or wraps a SocketException with <paramref name="expected"/>.</summary>
    /// <typeparam name="TException">The type of the thrown exception.</typeparam>
    /// <param name="assertions">The assertions on the thrown exception.</param>
    /// <param name="expected">The Winsock code the SocketException must carry.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the matching SocketException: <c>.Which</c> is the exception.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static ExceptionAssertions<SocketException> HaveWsaError<TException>(
        this ExceptionAssertions<TException> assertions, WsaError expected, string because = "", params object[] becauseArgs)
        where TException : Exception =>
        Search(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the thrown exception is or wraps a SocketException with a code of <paramref name="category"/>.</summary>
    /// <typeparam name="TException">The type of the thrown exception.</typeparam>
    /// <param name="assertions">The assertions on the thrown exception.</param>
    /// <param name="category">The category the SocketException's code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the first matching SocketException: <c>.Which</c> is the exception.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static ExceptionAssertions<SocketException> HaveWsaErrorIn<TException>(
        this ExceptionAssertions<TException> assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs)
        where TException : Exception =>
        Search(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

    [CustomAssertion]
    private static ExceptionAssertions<SocketException> Search<TException>(
        ExceptionAssertions<TException> assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
        where TException : Exception
    {
        // Stryker disable once NullCoalescing : the assertion library never builds ExceptionAssertions without a subject list; this guards only its future
        var exceptions = (assertions.Subject ?? []).Where(e => e is not null).Cast<Exception>().ToList();
        var match = SocketErrorSearch.Run(exceptions, expected, Expectation, "found", "no exception was thrown", because, becauseArgs);
        return AssertionLibrary.Exceptions(match);
    }
}
