using System;
using System.Diagnostics;
using System.IO;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>The tool as a real process: Program.Main, the system console and its flush.</summary>
public class ProgramTests
{
    [Fact]
    public void A_real_process_prints_the_card_flushes_it_and_exits_0()
    {
        var (exitCode, output, error) = RunProcess("10054");

        exitCode.Should().Be(0);
        output.Should().StartWith("WSAECONNRESET (10054): Connection reset by peer.").And.Contain("  HRESULT      0x80072746");
        error.Should().BeEmpty();
    }

    [Fact]
    public void A_real_process_reports_a_miss_on_one_line_of_standard_error_and_exits_1()
    {
        var (exitCode, output, error) = RunProcess("99999");

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith("wsaerr: ");
    }

    /// <summary>Runs the built wsaerr.dll beside the tests with the dotnet that runs them.</summary>
    private static (int ExitCode, string Output, string Error) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Where .NET 8 is not installed, the net8.0 test build runs on a newer runtime (RollForward=Major); the tool it
        // starts must roll forward the same way. Where .NET 8 is installed (CI), Major keeps it on .NET 8.
        start.Environment["DOTNET_ROLL_FORWARD"] = "Major";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wsaerr.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Replace("\r\n", "\n"));
    }
}
