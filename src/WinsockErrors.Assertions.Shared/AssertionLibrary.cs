// The one place where FluentAssertions 7 and AwesomeAssertions 9 differ for these assertions: their namespaces, how
// an assertion reaches the scope it reports to, and how it names its subject. The AwesomeAssertions project defines
// AWESOME_ASSERTIONS; every other file compiles the same for both.
#if AWESOME_ASSERTIONS
global using AwesomeAssertions;
global using AwesomeAssertions.Execution;
global using AwesomeAssertions.Numeric;
global using AwesomeAssertions.Primitives;
global using AwesomeAssertions.Specialized;
#else
global using FluentAssertions;
global using FluentAssertions.Execution;
global using FluentAssertions.Numeric;
global using FluentAssertions.Primitives;
global using FluentAssertions.Specialized;
#endif
using System.Net.Sockets;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>The calls into the assertion library that are spelled differently in FluentAssertions 7 and AwesomeAssertions 9.</summary>
internal static class AssertionLibrary
{
    /// <summary>Reports a failure to the current assertion scope, which throws it now or collects it until it ends.</summary>
    /// <param name="message">The message, with the library's placeholders: <c>{context:the action}</c>, <c>{reason}</c>, <c>{0}</c>.</param>
    /// <param name="because">The reason, as the library takes it.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    /// <param name="args">The values of <c>{0}</c>, <c>{1}</c>, …, formatted the way the library shows values.</param>
    [CustomAssertion]
    public static void Fail(string message, string because, object[] becauseArgs, params object[] args) =>
#if AWESOME_ASSERTIONS
        AssertionChain.GetOrCreate()
#else
        Execute.Assertion
#endif
            .BecauseOf(because, becauseArgs)
            .FailWith(message, args);

    /// <summary>What <c>{context}</c> would say now: the scope's name or context, the variable the test asserts on, or neither.</summary>
    /// <returns>The name, or <see langword="null"/> when there is none.</returns>
    [CustomAssertion]
    public static string? SubjectName()
    {
#if AWESOME_ASSERTIONS
        // A named AssertionScope and the variable combine as "scope/act", as AwesomeAssertions' own messages do.
        var name = AssertionChain.GetOrCreate().CallerIdentifier;
#else
        var scope = AssertionScope.Current;
        var context = scope.Context?.Value;
        var name = !string.IsNullOrEmpty(context) ? context : scope.CallerIdentity;
#endif
        return string.IsNullOrEmpty(name) ? null : name;
    }

    /// <summary>Assertions on the SocketException an assertion found, for <c>.Which</c> and <c>.WithMessage</c>.</summary>
    /// <param name="match">The SocketException, or <see langword="null"/> when the assertion failed.</param>
    /// <returns>Assertions on <paramref name="match"/>, or on no exception at all.</returns>
    public static ExceptionAssertions<SocketException> Exceptions(SocketException? match) =>
#if AWESOME_ASSERTIONS
        new(match is null ? [] : [match], AssertionChain.GetOrCreate());
#else
        new(match is null ? [] : [match]);
#endif
}
