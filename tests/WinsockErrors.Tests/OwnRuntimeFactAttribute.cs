namespace WinsockErrors.Tests;

/// <summary>
/// A fact that only means something where CI installs .NET 8 and sets <see cref="Variable"/> to 1; anywhere else it is
/// reported as skipped, with the reason, rather than passing without checking anything.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class OwnRuntimeFactAttribute : FactAttribute
{
    /// <summary>The environment variable CI sets to 1 when every runtime the tests target is installed.</summary>
    public const string Variable = "WINSOCKERRORS_EXPECT_NET8_RUNTIME";

    public OwnRuntimeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = Variable + " is not 1: a test build may roll forward to a newer runtime here, so there is nothing to check.";
        }
    }
}
