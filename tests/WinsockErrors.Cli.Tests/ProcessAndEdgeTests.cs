using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// The tool as a real process (Program.Main, the system console and its flush) and edge cases of the command line
/// that the in-process tests did not pin: an unlimited search, a tag word with no number after it, and a native code
/// after "SocketException" read per --os with no phrase on the line to confirm it.
/// </summary>
public class ProcessAndEdgeTests
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

    [Fact]
    public void A_limit_of_0_shows_every_hit()
    {
        var limited = CliRun.Of("search", "qos", "--limit", "3");
        var more = int.Parse(Regex.Match(limited.Out, @"\((\d+) more;").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var all = CliRun.Of("search", "qos", "--limit", "0");

        all.ExitCode.Should().Be(0);
        Hits(all.Out).Should().Be(3 + more);
        all.Out.Should().NotContain("more;");
    }

    [Fact]
    public void A_tag_word_with_no_number_after_it_is_a_miss_of_its_own()
    {
        var run = CliRun.Of("10054", "errno");

        run.ExitCode.Should().Be(1);
        run.FirstLine.Should().Be("WSAECONNRESET (10054): Connection reset by peer.");
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'errno'");
    }

    [Theory]
    [InlineData("linux", "SocketException (111)", "WSAECONNREFUSED (10061)")]
    [InlineData("macos", "SocketException (61)", "WSAECONNREFUSED (10061)")]
    [InlineData("linux", "SocketException (104)", "WSAECONNRESET (10054)")]
    [InlineData("macos", "SocketException (54)", "WSAECONNRESET (10054)")]
    public void A_native_code_after_SocketException_is_read_as_the_errno_of_the_os_given(string os, string line, string expected)
    {
        var run = CliRun.WithInput(line + "\n", "explain", "--os", os);

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith($"line 1: {expected} ").And.EndWith("errno)");
    }

    private static int Hits(string output) => output.Split('\n').Count(l => l.StartsWith("WSA", StringComparison.Ordinal));

    /// <summary>Runs the built wsaerr.dll beside the tests with the dotnet that runs them.</summary>
    private static (int ExitCode, string Output, string Error) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
