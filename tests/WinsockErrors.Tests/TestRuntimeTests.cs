using System.Reflection;
using System.Runtime.Versioning;

namespace WinsockErrors.Tests;

public class TestRuntimeTests
{
    // The test projects roll forward to a newer runtime where theirs is missing, so a plain `dotnet test` works with
    // the .NET 10 SDK alone. CI installs .NET 8 and sets WINSOCKERRORS_EXPECT_NET8_RUNTIME: then each build must run
    // on its own runtime, and the net8.0 build of the library is tested on .NET 8 itself. Elsewhere the test is skipped.
    [OwnRuntimeFact]
    public void Each_test_build_runs_on_its_own_runtime_where_CI_asks_for_it()
    {
        var target = new FrameworkName(typeof(TestRuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);

        Environment.Version.Major.Should().Be(target.Version.Major);
    }
}
