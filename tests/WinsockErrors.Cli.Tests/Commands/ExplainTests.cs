using System.IO;
using System.Linq;
using FluentAssertions;
using WinsockErrors.Cli.Explain;
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
            "line 3: WSAECONNRESET (10054) [exact code] from \"SocketException (10054)\" (code), \"An existing connection was forcibly closed by the remote host\" (system message)",
            "line 6: WSAECONNREFUSED (10061) [exact code] from \"WinError 10061\" (code), \"No connection could be made because the target machine actively refused it\" (system message)",
            "line 7: WSAECONNRESET (10054) [exact code] from \"HRESULT 0x80072746\" (code)",
            "line 8: WSAECONNRESET (10054) [system message] from \"An existing connection was forcibly closed by the remote host\" (system message)",
            "line 9: WSAHOST_NOT_FOUND (11001) [exact code] from \"WSAHOST_NOT_FOUND\" (name)",
            "line 10: WSA_OPERATION_ABORTED (995) [exact code] from \"WinError 995\" (code)",
            "line 12: WSAECONNREFUSED (10061) [exact code] from \"errno 111\" (Linux errno), \"Connection refused\" (BSD strerror text)");
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
        var run = CliRun.WithInput("connect() failed: errno=61\n", "explain", "--os", "macos");

        run.FirstLine.Should().Be("line 1: WSAECONNREFUSED (10061) [exact code] from \"errno=61\" (macOS errno)");
    }

    [Theory]
    [InlineData("PermissionError: [Errno 13] Permission denied: 'db.ini'")]
    [InlineData("FileNotFoundError: [Errno 2] No such file or directory: 'config.yaml'")]
    [InlineData("npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules'")]
    [InlineData("worker exited: errno 111")]
    [InlineData("Invalid proxy settings (Exception from HRESULT: 0x80070057)")]
    [InlineData("cp: failed to preserve ownership for 'backup/db.ini': Operation not supported")]
    [InlineData("retry 3 of 5 took 10054 ms, HTTP 503, see Foo.java:10061")]
    public void File_system_errors_and_numbers_out_of_context_are_not_socket_errors(string line)
    {
        var run = CliRun.WithInput(line + "\n", "explain", "--os", "linux");

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Errno_evidence_counts_on_a_line_about_the_network()
    {
        var run = CliRun.WithInput("OSError: [Errno 13] Permission denied while binding socket to port 80\n", "explain", "--os", "linux");

        run.FirstLine.Should().StartWith("line 1: WSAEACCES (10013) [exact code] from \"Errno 13\" (Linux errno)");
    }

    [Theory]
    [InlineData("curl: (56) Recv failure: Connection was reset", "WSAECONNRESET (10054) [other runtime's wording] from \"Connection was reset\" (curl's wording)")]
    [InlineData("fatal: unable to access 'https://github.com/x/y.git/': Failed to connect to github.com port 443: Timed out", "WSAETIMEDOUT (10060) [other runtime's wording] from \"Timed out\" (curl's wording)")]
    [InlineData("dial tcp: lookup db.internal on 10.0.0.2:53: no such host", "WSAHOST_NOT_FOUND (11001) [other runtime's wording] from \"no such host\" (Go's wording)")]
    [InlineData("{error, nxdomain}", "WSAHOST_NOT_FOUND (11001) [other runtime's wording] from \"nxdomain\" (Erlang/OTP's wording)")]
    [InlineData("socket.gaierror: [Errno -3] Temporary failure in name resolution", "WSATRY_AGAIN (11002) [other runtime's wording] from \"Temporary failure in name resolution\" (glibc resolver text)")]
    [InlineData("ERROR Exception caught: A connection attempt failed because the connected party did not...", "WSAETIMEDOUT (10060) [prefix of a system message] from \"A connection attempt failed because the connected party did not\" (start of the system message)")]
    public void Each_mention_says_how_sure_it_is(string line, string mention)
    {
        CliRun.WithInput(line + "\n", "explain", "--os", "linux").FirstLine.Should().Be("line 1: " + mention);
    }

    [Theory]
    [InlineData("Host not found, try again", "WSATRY_AGAIN")]
    [InlineData("Nonauthoritative host not found", "WSATRY_AGAIN")]
    public void The_longest_text_wins_over_a_shorter_one_inside_it(string line, string name)
    {
        LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Select(m => m.Entry.Name).Should().Equal(name);
    }

    [Theory]
    [InlineData("Resource temporarily unavailable")]
    [InlineData("The connection attempt failed after 3 retries")]
    [InlineData("Read timed out")]
    [InlineData("An existing connection was")]
    public void Ambiguous_short_or_generic_text_names_nothing(string line)
    {
        LogScanner.Scan(line, "-", 1, ErrnoPlatform.Linux).Should().BeEmpty();
    }

    [Fact]
    public void Several_files_name_the_file_on_each_line()
    {
        var run = CliRun.Of("explain", s_sample, s_sample, "--os", "linux");

        Mentions(run).Should().HaveCount(14).And.Contain(l => l.StartsWith(s_sample + ":3: WSAECONNRESET", System.StringComparison.Ordinal));
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

    private static string[] Mentions(CliRun run) =>
        run.Out.Split('\n').TakeWhile(l => l.Length > 0).ToArray();
}
