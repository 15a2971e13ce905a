using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeCastAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeCastCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

public class ErrorCodeCastTests
{
    [Fact]
    public Task A_cast_to_SocketError_becomes_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            SocketError A(SocketException e) => {|WSK002:(SocketError)e.ErrorCode|};
            bool B(SocketException e) => {|WSK002:(SocketError)e.NativeErrorCode|} == SocketError.TimedOut;
            string D(SocketException e) => ({|WSK002:(SocketError)e.ErrorCode|}).ToString();
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            SocketError A(SocketException e) => e.SocketErrorCode;
            bool B(SocketException e) => e.SocketErrorCode == SocketError.TimedOut;
            string D(SocketException e) => e.SocketErrorCode.ToString();
        }
        """);

    [Fact]
    public Task A_cast_to_WsaError_that_is_compared_becomes_ToWsaError() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool A(SocketException e) => {|WSK002:(WsaError)e.ErrorCode|} == WsaError.WSAELOOP;
            bool B(SocketException e) => {|WSK002:(WsaError)e.ErrorCode|} is WsaError.WSAECONNRESET or WsaError.WSAECONNABORTED;
            string D(SocketException e)
            {
                switch ({|WSK002:(WsaError)e.NativeErrorCode|})
                {
                    case WsaError.WSAETIMEDOUT:
                        return "timeout";
                    default:
                        return "other";
                }
            }
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool A(SocketException e) => e.ToWsaError() == WsaError.WSAELOOP;
            bool B(SocketException e) => e.ToWsaError() is WsaError.WSAECONNRESET or WsaError.WSAECONNABORTED;
            string D(SocketException e)
            {
                switch (e.ToWsaError())
                {
                    case WsaError.WSAETIMEDOUT:
                        return "timeout";
                    default:
                        return "other";
                }
            }
        }
        """);

    [Fact]
    public Task A_cast_to_WsaError_whose_value_is_used_casts_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            string A(SocketException e) => WsaErrors.Describe({|WSK002:(WsaError)e.ErrorCode|});
            string B(SocketException e) => ({|WSK002:(WsaError)e.ErrorCode|}).ToName();
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            string A(SocketException e) => WsaErrors.Describe((WsaError)e.SocketErrorCode);
            string B(SocketException e) => ((WsaError)e.SocketErrorCode).ToName();
        }
        """);

    [Fact]
    public Task A_fully_qualified_WsaError_gets_the_using_that_ToWsaError_needs() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool M(SocketException e) => {|WSK002:(WinsockErrors.WsaError)e.ErrorCode|} == WinsockErrors.WsaError.WSAECONNRESET;
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool M(SocketException e) => e.ToWsaError() == WinsockErrors.WsaError.WSAECONNRESET;
        }
        """);

    [Fact]
    public Task Look_alikes_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System.ComponentModel;
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            SocketError Win32(Win32Exception e) => (SocketError)e.NativeErrorCode;
            SocketError Number(int code) => (SocketError)code;
            WsaError Portable(SocketException e) => (WsaError)e.SocketErrorCode;
            long Widened(SocketException e) => (long)e.ErrorCode;
        }
        """);
}
