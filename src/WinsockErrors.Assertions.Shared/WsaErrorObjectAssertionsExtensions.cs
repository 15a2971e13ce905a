using System;
using System.Net.Sockets;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>
/// Socket error assertions on a caught exception: <c>exception.Should().HaveWsaError(WsaError.WSAECONNREFUSED)</c>
/// searches it and what it wraps; <c>socketException.Should().BeWsaError(WsaError.WSAECONNREFUSED)</c> checks a
/// <see cref="SocketException"/> itself.
/// </summary>
public static class WsaErrorObjectAssertionsExtensions
{
    /// <summary>Asserts that the exception is or wraps a SocketException with <paramref name="expected"/>.</summary>
    /// <param name="assertions">The assertions on the exception.</param>
    /// <param name="expected">The Winsock code the SocketException must carry.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the matching SocketException.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<ObjectAssertions, SocketException> HaveWsaError(
        this ObjectAssertions assertions, WsaError expected, string because = "", params object[] becauseArgs) =>
        Search(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the exception is or wraps a SocketException with a code of <paramref name="category"/>.</summary>
    /// <param name="assertions">The assertions on the exception.</param>
    /// <param name="category">The category the SocketException's code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first matching SocketException.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<ObjectAssertions, SocketException> HaveWsaErrorIn(
        this ObjectAssertions assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs) =>
        Search(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

    /// <summary>Asserts that the object is a <see cref="SocketException"/> with <paramref name="expected"/>; inner exceptions are not searched.</summary>
    /// <param name="assertions">The assertions on the SocketException.</param>
    /// <param name="expected">The Winsock code the SocketException must carry.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the entry of the code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<ObjectAssertions, WsaErrorInfo> BeWsaError(
        this ObjectAssertions assertions, WsaError expected, string because = "", params object[] becauseArgs) =>
        Be(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the object is a <see cref="SocketException"/> with a code of <paramref name="category"/>; inner exceptions are not searched.</summary>
    /// <param name="assertions">The assertions on the SocketException.</param>
    /// <param name="category">The category the SocketException's code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the entry of the code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<ObjectAssertions, WsaErrorInfo> BeWsaErrorIn(
        this ObjectAssertions assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs) =>
        Be(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

    [CustomAssertion]
    private static AndWhichConstraint<ObjectAssertions, SocketException> Search(
        ObjectAssertions assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        const string Expectation = "Expected {context:exception} to have";
        SocketException? match = null;
        if (assertions.Subject is null or Exception)
        {
            Exception[] exceptions = assertions.Subject is Exception exception ? [exception] : [];
            match = SocketErrorSearch.Run(exceptions, expected, Expectation, "found", "found <null>", because, becauseArgs);
        }
        else
        {
            Failure.ReportWrongKind(Expectation, expected, assertions.Subject, "an exception", because, becauseArgs);
        }

        return new AndWhichConstraint<ObjectAssertions, SocketException>(assertions, match!);
    }

    [CustomAssertion]
    private static AndWhichConstraint<ObjectAssertions, WsaErrorInfo> Be(
        ObjectAssertions assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        const string Expectation = "Expected {context:exception} to be";
        var subject = assertions.Subject;
        var info = subject is SocketException socketException ? WsaErrors.Find(socketException) : null;
        var met = expected.IsMetBy(info);
        if (!met && subject is null or Exception)
        {
            var found = subject switch
            {
                null => "<null>",
                SocketException e => Wording.SocketException(e, expected),
                _ => Wording.Exception((Exception)subject) + ", which is not a SocketException",
            };
            Failure.Report(Expectation, expected, "found " + found, because, becauseArgs);
        }
        else if (!met)
        {
            Failure.ReportWrongKind(Expectation, expected, subject, "a SocketException", because, becauseArgs);
        }

        return new AndWhichConstraint<ObjectAssertions, WsaErrorInfo>(assertions, met ? info! : null!);
    }
}
