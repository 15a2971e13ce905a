using System.IO.Compression;
using System.Reflection;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>
/// Packs the library, builds a small program that references the package from a folder feed and nothing else, and
/// checks that the analyzers run in its build, that the code fixes in the package rewrite it, and that the fixed
/// program detects a real reset connection on this OS.
/// </summary>
public sealed class PackageLayoutTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("winsockerrors-package-").FullName;

    private static string Configuration =>
        typeof(PackageLayoutTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    [Fact]
    public async Task The_packed_library_brings_its_analyzers_and_fixes()
    {
        var feed = Path.Combine(root, "feed");
        var library = Path.Combine(RepositoryRoot.Path, "src", "WinsockErrors", "WinsockErrors.csproj");
        var pack = await DotnetCommand.RunAsync(root, "pack", library, "-c", Configuration, "-o", feed, "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        pack.ExitCode.Should().Be(0, pack.Output);

        var package = Directory.GetFiles(feed, "WinsockErrors.*.nupkg").Should().ContainSingle().Subject;
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.Entries.Select(entry => entry.FullName).Where(name => name.Contains("Analyzers", StringComparison.Ordinal))
                .Should().BeEquivalentTo("analyzers/dotnet/cs/WinsockErrors.Analyzers.dll", "analyzers/dotnet/cs/WinsockErrors.Analyzers.CodeFixes.dll");
        }

        var version = Path.GetFileNameWithoutExtension(package)["WinsockErrors.".Length..];
        var consumer = WriteConsumer(feed, version);
        var program = Path.Combine(consumer, "Program.cs");

        var before = await Build(consumer);
        before.Should().Contain("Program.cs(25,33): warning WSK001").And.Contain("Program.cs(27,44): warning WSK002")
            .And.Contain("Program.cs(27,97): warning WSK003").And.Contain("Program.cs(31,115): warning WSK004");
        (await Run(consumer)).Should().StartWith("reset not detected: ConnectionReset");

        var fix = await DotnetCommand.RunAsync(consumer, "format", "analyzers", "--diagnostics", "WSK001", "WSK002", "WSK003", "WSK004", "--severity", "info");
        fix.ExitCode.Should().Be(0, fix.Output);
        var fixedSource = await File.ReadAllTextAsync(program);
        fixedSource.Should().Contain("catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)")
            .And.Contain("\"detected reset: \" + e.SocketErrorCode + \", \" + WsaErrors.Describe(e))")
            .And.Contain("WsaErrors.Describe(WsaError.WSAECONNRESET)");

        (await Build(consumer)).Should().NotContain("warning WSK");
        (await Run(consumer)).Should().Be("detected reset: ConnectionReset, WSAECONNRESET (10054): Connection reset by peer.");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string WriteConsumer(string feed, string version)
    {
        var consumer = Directory.CreateDirectory(Path.Combine(root, "consumer")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "PackageConsumer")))
        {
            File.Copy(file, Path.Combine(consumer, Path.GetFileName(file)));
        }

        // Only the packed folder as a source, and a packages folder of its own so no stale copy is picked up.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" />
              </config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <WinsockErrorsVersion>{version}</WinsockErrorsVersion>
              </PropertyGroup>
            </Project>
            """);
        return consumer;
    }

    private static async Task<string> Build(string consumer)
    {
        var build = await DotnetCommand.RunAsync(consumer, "build", "--disable-build-servers", "-nodeReuse:false");
        build.ExitCode.Should().Be(0, build.Output);
        return build.Output;
    }

    private static async Task<string> Run(string consumer)
    {
        var run = await DotnetCommand.RunAsync(consumer, "run", "--no-build");
        run.ExitCode.Should().Be(0, run.Output);
        return run.Output.Trim();
    }
}
