using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeComparisonAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeComparisonCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK001 on errno numbers of Linux, macOS and FreeBSD and on the Win32 codes Winsock reuses.</summary>
public class ErrorCodeComparisonErrnoTests
{
    [Fact]
    public Task Linux_and_macOS_errnos_become_the_SocketError_they_stand_for() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool Reset(SocketException e) => {|WSK001:e.ErrorCode|} == 104 || {|WSK001:e.ErrorCode|} == 54;
            bool Refused(SocketException e) => {|WSK001:e.NativeErrorCode|} == 111;
            bool TimedOut(SocketException e) => {|WSK001:e.ErrorCode|} is 110 or 60 or 10060;
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            bool Reset(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset || e.SocketErrorCode == SocketError.ConnectionReset;
            bool Refused(SocketException e) => e.SocketErrorCode == SocketError.ConnectionRefused;
            bool TimedOut(SocketException e) => e.SocketErrorCode is SocketError.TimedOut or SocketError.TimedOut or SocketError.TimedOut;
        }
        """);

    [Fact]
    public Task A_number_that_is_one_errno_on_Linux_and_another_on_macOS_is_reported_without_a_fix() => Verify.VerifyPartialFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool Canceled(SocketException ex) =>
                {|WSK001:ex.ErrorCode|} == 89 || {|WSK001:ex.ErrorCode|} == 125 || {|WSK001:ex.ErrorCode|} == 995 || {|WSK001:ex.ErrorCode|} == 10004;
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            bool Canceled(SocketException ex) =>
                {|WSK001:ex.ErrorCode|} == 89 || ex.SocketErrorCode == SocketError.OperationAborted || ex.SocketErrorCode == SocketError.OperationAborted || ex.SocketErrorCode == SocketError.Interrupted;
        }
        """);

    [Fact]
    public Task The_Win32_codes_Winsock_reuses_are_reported_and_fixed() => Verify.VerifyPartialFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool Aborted(SocketException e) => {|WSK001:e.ErrorCode|} == 995;
            bool Pending(SocketException e) => {|WSK001:e.ErrorCode|} == 997;
            bool Handle(SocketException e) => {|WSK001:e.ErrorCode|} == 6;
            bool Parameter(SocketException e) => {|WSK001:e.ErrorCode|} == 87;
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool Aborted(SocketException e) => e.SocketErrorCode == SocketError.OperationAborted;
            bool Pending(SocketException e) => e.SocketErrorCode == SocketError.IOPending;
            bool Handle(SocketException e) => e.ToWsaError() == WsaError.WSA_INVALID_HANDLE;
            bool Parameter(SocketException e) => {|WSK001:e.ErrorCode|} == 87;
        }
        """);

    [Theory]
    [InlineData("e.ErrorCode == 104", "104 (ECONNRESET on Linux)")]
    [InlineData("e.ErrorCode == 54", "54 (ECONNRESET on macOS and FreeBSD)")]
    [InlineData("e.ErrorCode == 61", "61 (ECONNREFUSED on macOS and FreeBSD, ENODATA on Linux)")]
    [InlineData("e.ErrorCode == 87", "87 (WSA_INVALID_PARAMETER, EUSERS on Linux)")]
    [InlineData("e.ErrorCode == 10054", "10054 (WSAECONNRESET)")]
    public async Task The_message_says_which_OS_the_number_belongs_to(string comparison, string reading)
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            $"class C {{ bool M(System.Net.Sockets.SocketException e) => {comparison}; }}", new ErrorCodeComparisonAnalyzer());

        diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            .Should().Contain($"comparing it with {reading} works on one OS only");
    }

    [Fact]
    public Task Errno_numbers_on_look_alikes_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System.ComponentModel;
        using System.Net.Sockets;

        class C
        {
            bool Win32(Win32Exception e) => e.NativeErrorCode == 104 || e.NativeErrorCode == 995;
            bool Args(SocketAsyncEventArgs a) => (int)a.SocketError == 104;
            bool Port(int port) => port == 111;
            bool Portable(SocketException e) => (int)e.SocketErrorCode == 995;
        }
        """);
}
