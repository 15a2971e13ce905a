// What differs between the two assertion libraries for these tests. The AwesomeAssertions test project defines
// AWESOME_ASSERTIONS; every other file runs the same against both packages.
#if AWESOME_ASSERTIONS
global using AwesomeAssertions;
global using AwesomeAssertions.Execution;
global using WinsockErrors.AwesomeAssertions;
#else
global using FluentAssertions;
global using FluentAssertions.Execution;
global using WinsockErrors.FluentAssertions;
#endif

namespace WinsockErrors.Assertions.Tests;

/// <summary>How each library words what the tests check.</summary>
internal static class AssertionLibrary
{
    /// <summary>How a failure names a subject asserted on inside a named <see cref="AssertionScope"/>.</summary>
    /// <param name="scope">The scope's name.</param>
    /// <param name="subject">The variable the test asserts on.</param>
    /// <returns>FluentAssertions 7 gives the scope's name alone; AwesomeAssertions 9 gives <c>scope/subject</c>.</returns>
    public static string InScope(string scope, string subject) =>
#if AWESOME_ASSERTIONS
        scope + "/" + subject;
#else
        scope;
#endif
}
