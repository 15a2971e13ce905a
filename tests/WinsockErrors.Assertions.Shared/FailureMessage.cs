using System;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace WinsockErrors.Assertions.Tests;

/// <summary>Runs an assertion that must fail and returns its message.</summary>
internal static class FailureMessage
{
    public static string Of(Action assertion) => assertion.Should().Throw<XunitException>().Which.Message;

    public static async Task<string> OfAsync(Func<Task> assertion) =>
        (await assertion.Should().ThrowAsync<XunitException>()).Which.Message;
}
