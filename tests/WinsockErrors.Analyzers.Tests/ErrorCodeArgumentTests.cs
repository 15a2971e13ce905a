using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeArgumentAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeArgumentCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

public class ErrorCodeArgumentTests
{
    [Fact]
    public Task Describe_and_Find_get_the_exception() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            string A(SocketException e) => WsaErrors.Describe({|WSK003:e.ErrorCode|});
            WsaErrorInfo B(SocketException e) => WsaErrors.Find({|WSK003:e.NativeErrorCode|});
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            string A(SocketException e) => WsaErrors.Describe(e);
            WsaErrorInfo B(SocketException e) => WsaErrors.Find(e);
        }
        """);

    [Fact]
    public Task A_derived_exception_passes_itself() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class MyException : SocketException
        {
            public override string Message => WsaErrors.Describe({|WSK003:ErrorCode|});
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class MyException : SocketException
        {
            public override string Message => WsaErrors.Describe(this);
        }
        """);

    [Fact]
    public Task TryFind_gets_the_exception_too() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool M(SocketException e) => WsaErrors.TryFind({|WSK003:e.ErrorCode|}, out _);
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool M(SocketException e) => WsaErrors.TryFind(e, out _);
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
            string Win32(Win32Exception e) => WsaErrors.Describe(e.NativeErrorCode);
            string Code(int code) => WsaErrors.Describe(code);
            string Exact(SocketException e) => WsaErrors.Describe(e);
            string Portable(SocketException e) => WsaErrors.Describe((int)e.SocketErrorCode);
            string Text(SocketException e) => e.ErrorCode.ToString();
        }
        """);
}
