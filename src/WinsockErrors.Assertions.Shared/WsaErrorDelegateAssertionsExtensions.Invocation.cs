using System;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

public static partial class WsaErrorDelegateAssertionsExtensions
{
    [CustomAssertion]
    private static ExceptionAssertions<SocketException> Invoke(
        ActionAssertions assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        var action = assertions.Subject;
        if (action is not null && action.Method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null)
        {
            throw new InvalidOperationException(
                "An async lambda assigned to an Action is async void and cannot be awaited; assign it to a Func<Task> and use ThrowWsaErrorAsync.");
        }

        return Invoke(action, expected, because, becauseArgs);
    }

    [CustomAssertion]
    private static ExceptionAssertions<SocketException> Invoke<T>(
        FunctionAssertions<T> assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        var function = assertions.Subject;
        return Invoke(function is null ? null : () => function(), expected, because, becauseArgs);
    }

    [CustomAssertion]
    private static ExceptionAssertions<SocketException> Invoke(
        Action? action, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        if (action is null)
        {
            return FailOnNull(Expectation, expected, because, becauseArgs);
        }

        Exception? thrown = null;
        try
        {
            action();
        }
#pragma warning disable CA1031 // Whatever the action throws is what the assertion is about.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            thrown = exception;
        }

        return Assert(thrown, Expectation, expected, because, becauseArgs);
    }

    /// <summary>Runs the function and asserts on what it threw, without identifying the caller on the way.</summary>
    /// <param name="function">The function under test.</param>
    /// <param name="expectation">
    /// The start of the message, with the subject already named: after the first await, the test's own stack frame is
    /// gone, so the assertion library could no longer find the variable name on its own.
    /// </param>
    /// <param name="expected">The expected code or category.</param>
    /// <param name="because">The reason, as the assertion library takes it.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    [CustomAssertion]
    private static async Task<ExceptionAssertions<SocketException>> InvokeAsync<TTask>(
        Func<TTask> function, string expectation, WsaErrorExpectation expected, string because, object[] becauseArgs)
        where TTask : Task
    {
        Exception? thrown = null;
        TTask? task = null;
        try
        {
            task = function();
            // Stryker disable once Boolean : which context the await resumes on does not change what is caught
            await task.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the function throws is what the assertion is about.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // await rethrows only the first exception of a faulted task; Task.WhenAll may have collected several.
            thrown = task is { Exception: { InnerExceptions.Count: > 1 } all } ? all : exception;
        }

        return Assert(thrown, expectation, expected, because, becauseArgs);
    }

    [CustomAssertion]
    private static Task<ExceptionAssertions<SocketException>> InvokeAsync<TTask, TAssertions>(
        AsyncFunctionAssertions<TTask, TAssertions> assertions, WsaErrorExpectation expected, string because, object[] becauseArgs)
        where TTask : Task
        where TAssertions : AsyncFunctionAssertions<TTask, TAssertions>
    {
        var expectation = "Expected " + Wording.Escape(AssertionLibrary.SubjectName() ?? "the action") + " to throw";
        var function = assertions.Subject;
        return function is null
            ? Task.FromResult(FailOnNull(expectation, expected, because, becauseArgs))
            : InvokeAsync(function, expectation, expected, because, becauseArgs);
    }

    [CustomAssertion]
    private static ExceptionAssertions<SocketException> Assert(
        Exception? thrown, string expectation, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        var match = SocketErrorSearch.Run(
            thrown is null ? [] : [thrown], expected, expectation, "it threw", "no exception was thrown", because, becauseArgs);
        return AssertionLibrary.Exceptions(match);
    }

    [CustomAssertion]
    private static ExceptionAssertions<SocketException> FailOnNull(
        string expectation, WsaErrorExpectation expected, string because, object[] becauseArgs)
    {
        Failure.Report(expectation, expected, "found <null>", because, becauseArgs);
        return AssertionLibrary.Exceptions(null);
    }
}
