using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>The assertion behind ThrowWsaError and HaveWsaError: a matching SocketException in exceptions and what they wrap.</summary>
internal static class SocketErrorSearch
{
    /// <summary>Fails unless one of <paramref name="exceptions"/>, or an exception inside one, meets <paramref name="expected"/>.</summary>
    /// <param name="exceptions">What was thrown or is being asserted on.</param>
    /// <param name="expected">The expected code or category.</param>
    /// <param name="expectation">The start of the message, up to the verb: <c>Expected {context:the action} to throw</c>.</param>
    /// <param name="found">The words before what was found instead: <c>it threw</c>.</param>
    /// <param name="nothing">The words when there is no exception: <c>no exception was thrown</c>.</param>
    /// <param name="because">The reason, as the assertion library takes it.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <returns>The first matching SocketException, or <see langword="null"/> when the assertion failed.</returns>
    [CustomAssertion]
    public static SocketException? Run(
        IReadOnlyList<Exception> exceptions,
        WsaErrorExpectation expected,
        string expectation,
        string found,
        string nothing,
        string because,
        object[] becauseArgs)
    {
        var chains = exceptions.Select(e => (Exception: e, SocketExceptions: WsaErrors.FindSocketExceptions(e))).ToList();
        var match = chains.SelectMany(c => c.SocketExceptions).FirstOrDefault(e => expected.IsMetBy(WsaErrors.Find(e)));
        if (match is null)
        {
            var actual = chains.Count == 0
                ? nothing
                : found + " " + string.Join(" and ", chains.Select(c => Wording.Chain(c.Exception, c.SocketExceptions, expected)));
            Failure.Report(expectation, expected, actual, because, becauseArgs);
        }

        return match;
    }
}
