using System;
using System.Globalization;
using System.Net.Sockets;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>
/// Socket error assertions on codes: <c>exception.ErrorCode.Should().BeWsaError(WsaError.WSAECONNREFUSED)</c> and
/// <c>exception.SocketErrorCode.Should().BeWsaError(WsaError.WSAECONNREFUSED)</c>.
/// </summary>
public static class WsaErrorCodeAssertionsExtensions
{
    private const string Expectation = "Expected {context:value} to be";

    /// <summary>
    /// Asserts that the number is <paramref name="expected"/>: its Winsock code, or on Linux and macOS the local errno
    /// that stands for it, as <see cref="WsaErrors.Find(int)"/> reads numbers.
    /// </summary>
    /// <typeparam name="TAssertions">The type of <paramref name="assertions"/>.</typeparam>
    /// <param name="assertions">The assertions on the number.</param>
    /// <param name="expected">The expected Winsock code.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the entry of the code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<TAssertions, WsaErrorInfo> BeWsaError<TAssertions>(
        this NumericAssertions<int, TAssertions> assertions, WsaError expected, string because = "", params object[] becauseArgs)
        where TAssertions : NumericAssertions<int, TAssertions> =>
        Be((TAssertions)assertions, assertions.Subject, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the number is a Winsock code, or a local errno read as one, of <paramref name="category"/>.</summary>
    /// <typeparam name="TAssertions">The type of <paramref name="assertions"/>.</typeparam>
    /// <param name="assertions">The assertions on the number.</param>
    /// <param name="category">The category the code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the entry of the code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<TAssertions, WsaErrorInfo> BeWsaErrorIn<TAssertions>(
        this NumericAssertions<int, TAssertions> assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs)
        where TAssertions : NumericAssertions<int, TAssertions> =>
        Be((TAssertions)assertions, assertions.Subject, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

#if AWESOME_ASSERTIONS
    // AwesomeAssertions asserts on int? with its own type, not a kind of NumericAssertions<int, TAssertions>.

    /// <inheritdoc cref="BeWsaError{TAssertions}(NumericAssertions{int, TAssertions}, WsaError, string, object[])"/>
    [CustomAssertion]
    public static AndWhichConstraint<TAssertions, WsaErrorInfo> BeWsaError<TAssertions>(
        this NullableNumericAssertions<int, TAssertions> assertions, WsaError expected, string because = "", params object[] becauseArgs)
        where TAssertions : NullableNumericAssertions<int, TAssertions> =>
        Be((TAssertions)assertions, assertions.Subject, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <inheritdoc cref="BeWsaErrorIn{TAssertions}(NumericAssertions{int, TAssertions}, WsaErrorCategory, string, object[])"/>
    [CustomAssertion]
    public static AndWhichConstraint<TAssertions, WsaErrorInfo> BeWsaErrorIn<TAssertions>(
        this NullableNumericAssertions<int, TAssertions> assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs)
        where TAssertions : NullableNumericAssertions<int, TAssertions> =>
        Be((TAssertions)assertions, assertions.Subject, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

#endif
    /// <summary>Asserts that the <see cref="SocketError"/> has the value of <paramref name="expected"/>.</summary>
    /// <typeparam name="TAssertions">The type of <paramref name="assertions"/>.</typeparam>
    /// <param name="assertions">The assertions on the SocketError.</param>
    /// <param name="expected">The expected Winsock code.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the entry of the code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<TAssertions, WsaErrorInfo> BeWsaError<TAssertions>(
        this EnumAssertions<SocketError, TAssertions> assertions, WsaError expected, string because = "", params object[] becauseArgs)
        where TAssertions : EnumAssertions<SocketError, TAssertions> =>
        Be(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the <see cref="SocketError"/> has the value of a Winsock code of <paramref name="category"/>.</summary>
    /// <typeparam name="TAssertions">The type of <paramref name="assertions"/>.</typeparam>
    /// <param name="assertions">The assertions on the SocketError.</param>
    /// <param name="category">The category the code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the entry of the code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static AndWhichConstraint<TAssertions, WsaErrorInfo> BeWsaErrorIn<TAssertions>(
        this EnumAssertions<SocketError, TAssertions> assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs)
        where TAssertions : EnumAssertions<SocketError, TAssertions> =>
        Be(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

    [CustomAssertion]
    private static AndWhichConstraint<TAssertions, WsaErrorInfo> Be<TAssertions>(
        TAssertions assertions, int? code, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        var info = code is { } number ? WsaErrors.Find(number) : null;
        var found = code is not { } value ? "<null>"
            : info is null ? value.ToString(CultureInfo.InvariantCulture) + ", which is not a known socket error code"
            : info.Code == value ? expected.DescribeActual(info)
            : value.ToString(CultureInfo.InvariantCulture) + ", which stands for " + expected.DescribeActual(info);
        return Be(assertions, info, found, expected, because, becauseArgs);
    }

    [CustomAssertion]
    private static AndWhichConstraint<TAssertions, WsaErrorInfo> Be<TAssertions>(
        EnumAssertions<SocketError, TAssertions> assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
        where TAssertions : EnumAssertions<SocketError, TAssertions>
    {
        var socketError = assertions.Subject;
        var info = socketError?.ToWsaError() is { } error ? WsaErrors.Get(error) : null;
        var found = socketError is not { } value ? "<null>"
            : info is null ? Name(value) + ", which is not a Winsock code"
            : Name(value) + ", which is " + expected.DescribeActual(info);
        return Be((TAssertions)assertions, info, found, expected, because, becauseArgs);
    }

    [CustomAssertion]
    private static AndWhichConstraint<TAssertions, WsaErrorInfo> Be<TAssertions>(
        TAssertions assertions, WsaErrorInfo? info, string found, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        var met = expected.IsMetBy(info);
        if (!met)
        {
            Failure.Report(Expectation, expected, "found " + found, because, becauseArgs);
        }

        return new AndWhichConstraint<TAssertions, WsaErrorInfo>(assertions, met ? info! : null!);
    }

    /// <summary><c>SocketError.TimedOut</c>, or <c>(SocketError)12345</c> for a value the enum does not define.</summary>
    private static string Name(SocketError value)
    {
        var name = value.ToString();
        // Stryker disable once Equality : no undefined value's name starts with '0' (0 is SocketError.Success), so > '0' is the same test
        return name[0] is '-' or (>= '0' and <= '9')
            ? "(SocketError)" + name
            : "SocketError." + name;
    }
}
