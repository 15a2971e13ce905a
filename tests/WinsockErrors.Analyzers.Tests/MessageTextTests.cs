using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.MessageTextAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.MessageTextCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK005 on each form of message check, its fix, and the strings it leaves alone.</summary>
public class MessageTextTests
{
    [Fact]
    public Task String_calls_and_comparisons_on_a_SocketException_become_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool Contains(SocketException e) => {|WSK005:e.Message.Contains("forcibly closed")|};
            bool StartsWith(SocketException e) => {|WSK005:e.Message.StartsWith("No connection could be made")|};
            bool EndsWith(SocketException e) => {|WSK005:e.Message.EndsWith("machine actively refused it.", System.StringComparison.Ordinal)|};
            bool Equal(SocketException e) => {|WSK005:e.Message == "Connection refused"|} || {|WSK005:"No such host is known." == e.Message|};
            bool NotEqual(SocketException e) => {|WSK005:e.Message != "Connection reset by peer"|};
            bool EqualsCall(SocketException e) => {|WSK005:e.Message.Equals("Network is unreachable")|} || {|WSK005:string.Equals(e.Message, "No route to host")|};
            bool Negated(SocketException e) => !{|WSK005:e.Message.Contains("Connection timed out")|};
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            bool Contains(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset;
            bool StartsWith(SocketException e) => e.SocketErrorCode == SocketError.ConnectionRefused;
            bool EndsWith(SocketException e) => e.SocketErrorCode == SocketError.ConnectionRefused;
            bool Equal(SocketException e) => e.SocketErrorCode == SocketError.ConnectionRefused || e.SocketErrorCode == SocketError.HostNotFound;
            bool NotEqual(SocketException e) => e.SocketErrorCode != SocketError.ConnectionReset;
            bool EqualsCall(SocketException e) => e.SocketErrorCode == SocketError.NetworkUnreachable || e.SocketErrorCode == SocketError.HostUnreachable;
            bool Negated(SocketException e) => !(e.SocketErrorCode == SocketError.TimedOut);
        }
        """);

    [Fact]
    public Task IndexOf_tests_and_Regex_IsMatch_are_fixed() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using System.Text.RegularExpressions;

        class C
        {
            bool Found(SocketException e) => {|WSK005:e.Message.IndexOf("forcibly closed") >= 0|};
            bool Absent(SocketException e) => {|WSK005:e.Message.IndexOf("target machine actively refused") == -1|};
            bool Pattern(SocketException e) => {|WSK005:Regex.IsMatch(e.Message, "reset by peer|forcibly closed")|};
        }
        """,
        """
        using System.Net.Sockets;
        using System.Text.RegularExpressions;

        class C
        {
            bool Found(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset;
            bool Absent(SocketException e) => e.SocketErrorCode != SocketError.ConnectionRefused;
            bool Pattern(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset;
        }
        """);

    [Fact]
    public Task Any_exception_carries_the_socket_text_and_becomes_ToWsaError() => Verify.VerifyFixAsync(
        """
        using System;
        using System.IO;
        using System.Net.Http;

        class C
        {
            bool Io(IOException e) => {|WSK005:e.Message.Contains("Connection reset by peer")|};
            bool Http(HttpRequestException e) => {|WSK005:e.Message.Contains("No such host is known")|};
            bool Any(Exception e) => {|WSK005:e.Message.Contains("Name or service not known")|};
            bool Inner(Exception e) => e.InnerException != null && {|WSK005:e.InnerException.Message.Contains("forcibly closed")|};
        }
        """,
        """
        using System;
        using System.IO;
        using System.Net.Http;
        using WinsockErrors;

        class C
        {
            bool Io(IOException e) => e.ToWsaError() == WsaError.WSAECONNRESET;
            bool Http(HttpRequestException e) => e.ToWsaError() == WsaError.WSAHOST_NOT_FOUND;
            bool Any(Exception e) => e.ToWsaError() == WsaError.WSAHOST_NOT_FOUND;
            bool Inner(Exception e) => e.InnerException != null && e.InnerException.ToWsaError() == WsaError.WSAECONNRESET;
        }
        """);

    [Fact]
    public Task Switches_patterns_case_changes_nullable_reads_and_texts_of_several_codes_are_reported_without_a_fix() => Verify.VerifyNoFixAsync(
        """
        using System;
        using System.Net.Sockets;

        class C
        {
            int Switch(SocketException e)
            {
                switch (e.Message)
                {
                    case {|WSK005:"Connection refused"|}: return 1;
                    case "Something else": return 2;
                    default: return 0;
                }
            }

            int Arms(Exception e) => e.Message switch { {|WSK005:"Connection reset by peer"|} => 1, _ => 0 };
            bool Is(Exception e) => e.Message is {|WSK005:"Connection refused"|} or "Other";
            bool Lower(Exception e) => {|WSK005:e.Message.ToLowerInvariant().Contains("forcibly closed")|};
            bool Inner(Exception e) => {|WSK005:e.InnerException?.Message.Contains("forcibly closed")|} == true;
            bool Ambiguous(Exception e) => {|WSK005:e.Message.Contains("actively refused")|};
            bool Several(Exception e) => {|WSK005:e.Message.Contains("Resource temporarily unavailable")|};
            int Position(Exception e) => {|WSK005:e.Message.IndexOf("forcibly closed")|};

            bool Local(Exception ex)
            {
                var message = ex.Message + (ex.InnerException?.Message ?? "");
                var lower = ex.Message?.ToLowerInvariant() ?? "";
                return {|WSK005:message.Contains("No connection could be made")|} || {|WSK005:lower.Contains("forcibly closed")|};
            }
        }
        """);

    [Fact]
    public Task Log_lines_other_strings_and_texts_that_are_not_socket_texts_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System;
        using System.IO;
        using System.Text.RegularExpressions;

        class C
        {
            bool LogLine(string line) => line.Contains("Connection refused") || Regex.IsMatch(line, "forcibly closed");
            bool Reader(TextReader reader) => reader.ReadLine() == "Connection reset by peer";
            bool Timeout(Exception e) => e.Message.Contains("timeout") || e.Message.Contains("timed out") || e.Message.Contains("The operation has timed out");
            bool ShortWords(Exception e) => e.Message.Contains("refused") || e.Message.Contains("connection") || e.Message.Contains("reset");
            bool DotNetText(IOException e) => e.Message.StartsWith("Unable to read data from the transport connection");
            bool Display(Exception e) => e.Message.Length > 0 && e.Message != "";
            string Shown(Exception e) => "Connection refused: " + e.Message;
            bool Source(Exception e) => e.Source == "Connection reset by peer";

            bool Locals(Exception e, string parameter)
            {
                var rewritten = e.Message;
                rewritten = "other";
                var fromParameter = parameter;
                var fromSource = e.Source ?? "";
                return rewritten.Contains("forcibly closed") || fromParameter.Contains("forcibly closed") || fromSource.Contains("forcibly closed");
            }
        }
        """);

    [Fact]
    public async Task The_message_names_the_text_the_code_and_the_replacement()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            """class C { bool M(System.Net.Sockets.SocketException e) => e.Message.Contains("forcibly closed"); }""", new MessageTextAnalyzer());

        diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be(
            "\"forcibly closed\" is the OS's text for WSAECONNRESET: Windows words it otherwise than Linux and macOS, and translates it into the user's language; compare 'SocketErrorCode' with 'SocketError.ConnectionReset' instead");
    }
}
