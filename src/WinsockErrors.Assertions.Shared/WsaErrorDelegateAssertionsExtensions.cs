using System;
using System.Net.Sockets;
using System.Threading.Tasks;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>
/// Socket error assertions on code that should fail: <c>act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED)</c>.
/// The <see cref="SocketException"/> is found where it was thrown or anywhere inside what was thrown: the
/// <see cref="System.IO.IOException"/> of a <c>NetworkStream</c>, the <c>HttpRequestException</c> of an
/// <c>HttpClient</c>, every branch of an <see cref="AggregateException"/>.
/// </summary>
public static partial class WsaErrorDelegateAssertionsExtensions
{
    private const string Expectation = "Expected {context:the action} to throw";

    /// <summary>Asserts that the action throws <paramref name="expected"/>, bare or wrapped.</summary>
    /// <param name="assertions">The assertions on the action.</param>
    /// <param name="expected">The Winsock code the SocketException must carry.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the matching SocketException: <c>.Which</c> is the exception.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static ExceptionAssertions<SocketException> ThrowWsaError(
        this ActionAssertions assertions, WsaError expected, string because = "", params object[] becauseArgs) =>
        Invoke(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the action throws a socket error of <paramref name="category"/>, bare or wrapped.</summary>
    /// <param name="assertions">The assertions on the action.</param>
    /// <param name="category">The category the SocketException's code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the first matching SocketException: <c>.Which</c> is the exception.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static ExceptionAssertions<SocketException> ThrowWsaErrorIn(
        this ActionAssertions assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs) =>
        Invoke(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

    /// <inheritdoc cref="ThrowWsaError(ActionAssertions, WsaError, string, object[])"/>
    [CustomAssertion]
    public static ExceptionAssertions<SocketException> ThrowWsaError<T>(
        this FunctionAssertions<T> assertions, WsaError expected, string because = "", params object[] becauseArgs) =>
        Invoke(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <inheritdoc cref="ThrowWsaErrorIn(ActionAssertions, WsaErrorCategory, string, object[])"/>
    [CustomAssertion]
    public static ExceptionAssertions<SocketException> ThrowWsaErrorIn<T>(
        this FunctionAssertions<T> assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs) =>
        Invoke(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);

    /// <summary>Asserts that the asynchronous function fails with <paramref name="expected"/>, bare or wrapped.</summary>
    /// <typeparam name="TTask">The task type the function returns.</typeparam>
    /// <typeparam name="TAssertions">The type of <paramref name="assertions"/>.</typeparam>
    /// <param name="assertions">The assertions on the function.</param>
    /// <param name="expected">The Winsock code the SocketException must carry.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the matching SocketException: <c>.Which</c> is the exception.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is not a defined member.</exception>
    [CustomAssertion]
    public static Task<ExceptionAssertions<SocketException>> ThrowWsaErrorAsync<TTask, TAssertions>(
        this AsyncFunctionAssertions<TTask, TAssertions> assertions, WsaError expected, string because = "", params object[] becauseArgs)
        where TTask : Task
        where TAssertions : AsyncFunctionAssertions<TTask, TAssertions> =>
        InvokeAsync(assertions, WsaErrorExpectation.Of(expected, nameof(expected)), because, becauseArgs);

    /// <summary>Asserts that the asynchronous function fails with a socket error of <paramref name="category"/>, bare or wrapped.</summary>
    /// <typeparam name="TTask">The task type the function returns.</typeparam>
    /// <typeparam name="TAssertions">The type of <paramref name="assertions"/>.</typeparam>
    /// <param name="assertions">The assertions on the function.</param>
    /// <param name="category">The category the SocketException's code must belong to.</param>
    /// <param name="because">Why the assertion is needed; placeholders take <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>Assertions on the first matching SocketException: <c>.Which</c> is the exception.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined member.</exception>
    [CustomAssertion]
    public static Task<ExceptionAssertions<SocketException>> ThrowWsaErrorInAsync<TTask, TAssertions>(
        this AsyncFunctionAssertions<TTask, TAssertions> assertions, WsaErrorCategory category, string because = "", params object[] becauseArgs)
        where TTask : Task
        where TAssertions : AsyncFunctionAssertions<TTask, TAssertions> =>
        InvokeAsync(assertions, WsaErrorExpectation.In(category, nameof(category)), because, becauseArgs);
}
