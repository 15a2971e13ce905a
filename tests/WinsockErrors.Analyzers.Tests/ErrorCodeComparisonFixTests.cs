using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeComparisonAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeComparisonCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK001's fix on other shapes of access, its imports, and Fix All across files and projects.</summary>
public class ErrorCodeComparisonFixTests
{
    [Fact]
    public Task Conditional_access_and_a_derived_exception() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class MyException : SocketException
        {
            bool IsReset => {|WSK001:ErrorCode|} == 10054;

            static bool Refused(MyException e) => e?{|WSK001:.ErrorCode|} == 10061;
        }
        """,
        """
        using System.Net.Sockets;

        class MyException : SocketException
        {
            bool IsReset => SocketErrorCode == SocketError.ConnectionReset;

            static bool Refused(MyException e) => e?.SocketErrorCode == SocketError.ConnectionRefused;
        }
        """);

    [Fact]
    public Task A_fully_qualified_exception_gets_the_using_it_needs() => Verify.VerifyFixAsync(
        """
        // A file header stays on top.
        class C
        {
            bool M(System.Net.Sockets.SocketException e) => {|WSK001:e.ErrorCode|} == 10054;
        }
        """,
        """
        // A file header stays on top.
        using System.Net.Sockets;

        class C
        {
            bool M(System.Net.Sockets.SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset;
        }
        """);

    [Fact]
    public Task Fix_all_crosses_documents() => Verify.VerifyFixAsync(
        new[]
        {
            """
            using System.Net.Sockets;

            class A
            {
                bool M(SocketException e) => {|WSK001:e.ErrorCode|} == 10054 || {|WSK001:e.ErrorCode|} == 10062;
            }
            """,
            """
            using System.Net.Sockets;

            class B
            {
                bool M(SocketException e) => {|WSK001:e.NativeErrorCode|} != 10061;
            }
            """,
        },
        new[]
        {
            """
            using System.Net.Sockets;
            using WinsockErrors;

            class A
            {
                bool M(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset || e.ToWsaError() == WsaError.WSAELOOP;
            }
            """,
            """
            using System.Net.Sockets;

            class B
            {
                bool M(SocketException e) => e.SocketErrorCode != SocketError.ConnectionRefused;
            }
            """,
        });

    [Fact]
    public Task Fix_all_crosses_projects() => Verify.VerifyFixAcrossProjectsAsync(
        """
        using System.Net.Sockets;

        class A
        {
            bool M(SocketException e) => {|WSK001:e.ErrorCode|} == 10054;
        }
        """,
        """
        using System.Net.Sockets;

        class B
        {
            bool M(SocketException e) => {|WSK001:e.ErrorCode|} is 10062;
        }
        """,
        """
        using System.Net.Sockets;

        class A
        {
            bool M(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset;
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class B
        {
            bool M(SocketException e) => e.ToWsaError() is WsaError.WSAELOOP;
        }
        """);
}
