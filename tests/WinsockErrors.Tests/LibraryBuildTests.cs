using System.Reflection;
using System.Runtime.Versioning;

namespace WinsockErrors.Tests;

public class LibraryBuildTests
{
    [Fact]
    public void The_tests_run_against_the_intended_build_of_the_library()
    {
        var framework = typeof(WsaErrors).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

#if LIBRARY_NETSTANDARD
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v8.0");
#endif
    }
}
