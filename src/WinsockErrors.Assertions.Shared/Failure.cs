#if AWESOME_ASSERTIONS
namespace WinsockErrors.AwesomeAssertions;
#else
namespace WinsockErrors.FluentAssertions;
#endif

/// <summary>Reports failures in one shape: <c>Expected act to throw X because …, but it threw Y.</c></summary>
internal static class Failure
{
    /// <summary>Fails with <c>{expectation} {expected}{reason}, but {actual}.</c></summary>
    /// <param name="expectation">The start, up to the verb, with the assertion library's placeholders: <c>Expected {context:the action} to throw</c>.</param>
    /// <param name="expected">What was expected.</param>
    /// <param name="actual">What was found, in plain text: <c>it threw WSAETIMEDOUT (10060: Connection timed out)</c>.</param>
    /// <param name="because">The reason, as the assertion library takes it.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    [CustomAssertion]
    public static void Report(string expectation, WsaErrorExpectation expected, string actual, string because, object[] becauseArgs) =>
        AssertionLibrary.Fail(expectation + " " + Wording.Escape(expected.Text) + "{reason}, but " + Wording.Escape(actual) + ".", because, becauseArgs);

    /// <summary>Fails for a subject that is not an exception at all, shown the way the assertion library shows values.</summary>
    /// <param name="expectation">The start, up to the verb.</param>
    /// <param name="expected">What was expected.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="kind">What the subject should have been: <c>an exception</c>.</param>
    /// <param name="because">The reason, as the assertion library takes it.</param>
    /// <param name="becauseArgs">The arguments of <paramref name="because"/>.</param>
    [CustomAssertion]
    public static void ReportWrongKind(
        string expectation, WsaErrorExpectation expected, object subject, string kind, string because, object[] becauseArgs) =>
        AssertionLibrary.Fail(
            expectation + " " + Wording.Escape(expected.Text) + "{reason}, but found {0}, which is not " + kind + ".", because, becauseArgs, subject);
}
