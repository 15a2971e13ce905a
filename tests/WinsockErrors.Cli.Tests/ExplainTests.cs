using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class ExplainTests
{
    private static readonly string s_sample = CliRun.TestData("sample.log");

    [Fact]
    public void Every_error_in_the_sample_log_is_found_with_its_line()
    {
        var run = CliRun.Of("explain", s_sample, "--os", "linux");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        Mentions(run).Should().Equal(
            "line 3: WSAECONNRESET (10054) from \"SocketException (10054)\", \"An existing connection was forcibly closed by the remote host\"",
            "line 6: WSAECONNREFUSED (10061) from \"WinError 10061\", \"No connection could be made because the target machine actively refused it\"",
            "line 7: WSAECONNRESET (10054) from \"HRESULT 0x80072746\"",
            "line 8: WSAECONNRESET (10054) from \"An existing connection was forcibly closed by the remote host\"",
            "line 9: WSAHOST_NOT_FOUND (11001) from \"WSAHOST_NOT_FOUND\"",
            "line 10: WSA_OPERATION_ABORTED (995) from \"WinError 995\"",
            "line 12: WSAECONNREFUSED (10061) from \"errno 111 (Linux errno)\", \"Connection refused\"");
    }

    [Fact]
    public void Each_error_is_explained_once_with_its_lines()
    {
        var run = CliRun.Of("explain", s_sample, "--os", "linux");

        run.Out.Should().Contain("\n4 errors mentioned:\n")
            .And.Contain("\nWSAECONNRESET (10054): Connection reset by peer. (lines 3, 7, 8)\n  An existing connection was forcibly closed by the remote host. This normally\n")
            .And.Contain("\nWSAECONNREFUSED (10061): Connection refused. (lines 6, 12)\n")
            .And.Contain("\nWSAHOST_NOT_FOUND (11001): Host not found. (line 9)\n")
            .And.Contain("\nWSA_OPERATION_ABORTED (995): Overlapped operation aborted. (line 10)\n");
    }

    [Fact]
    public void Ports_durations_and_untagged_small_numbers_are_not_errors()
    {
        var run = CliRun.WithInput("connect to db01:10061\nreconnected after 10048 ms\nretry 995 of 1000\nbuild 10.0.10054.1\n", "explain");

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be("wsaerr: no Winsock error found in the input\n");
    }

    [Fact]
    public void A_terminal_on_standard_input_is_a_usage_error_rather_than_a_wait()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var console = new CliConsole(output, error, new StringReader(""), inputIsTerminal: true);

        WsaerrApp.Run(["explain"], console).Should().Be(2);
        error.ToString().Should().Be("wsaerr: explain reads a log: pipe one in or name the file (see 'wsaerr --help')\n");
    }

    [Fact]
    public void Standard_input_is_read_when_no_file_is_given()
    {
        var log = File.ReadAllText(s_sample);

        var fromStdin = CliRun.WithInput(log, "explain", "--os", "linux");
        var dash = CliRun.WithInput(log, "explain", "-", "--os", "linux");

        fromStdin.ExitCode.Should().Be(0);
        fromStdin.Out.Should().Be(CliRun.Of("explain", s_sample, "--os", "linux").Out);
        dash.Out.Should().Be(fromStdin.Out);
    }

    [Theory]
    [InlineData("System.Net.Sockets.SocketException (111): Connection refused", "WSAECONNREFUSED")]
    [InlineData("WSAGetLastError() = 10060", "WSAETIMEDOUT")]
    [InlineData("SocketErrorCode: TimedOut", "WSAETIMEDOUT")]
    [InlineData("ConnectionResetError: [Errno 104] Connection reset by peer", "WSAECONNRESET")]
    [InlineData("hr=-2147014842", "WSAECONNRESET")]
    [InlineData("dns: EAI_AGAIN", "WSATRY_AGAIN")]
    [InlineData("NativeErrorCode: 995.", "WSA_OPERATION_ABORTED")]
    [InlineData("failed with error 0x274C", "WSAETIMEDOUT")]
    public void Common_log_shapes_are_recognised(string line, string name)
    {
        var run = CliRun.WithInput(line + "\n", "explain", "--os", "linux");

        run.ExitCode.Should().Be(0);
        run.FirstLine.Should().StartWith("line 1: " + name + " (");
    }

    [Fact]
    public void Errno_numbers_follow_the_os()
    {
        var run = CliRun.WithInput("errno=61\n", "explain", "--os", "macos");

        run.FirstLine.Should().Be("line 1: WSAECONNREFUSED (10061) from \"errno=61 (macOS errno)\"");
    }

    [Fact]
    public void Several_files_name_the_file_on_each_line()
    {
        var run = CliRun.Of("explain", s_sample, s_sample, "--os", "linux");

        Mentions(run).Should().HaveCount(14).And.Contain(l => l.StartsWith(s_sample + ":3: WSAECONNRESET", System.StringComparison.Ordinal));
    }

    private static string[] Mentions(CliRun run) =>
        run.Out.Split('\n').TakeWhile(l => l.Length > 0).ToArray();
}
