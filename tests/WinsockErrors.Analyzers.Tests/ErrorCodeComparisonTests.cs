using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeComparisonAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeComparisonCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

public class ErrorCodeComparisonTests
{
    [Fact]
    public Task Equality_in_a_catch_filter_becomes_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool M(System.Action a)
            {
                try { a(); return false; }
                catch (SocketException e) when ({|WSK001:e.ErrorCode|} == 10054) { return true; }
            }
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            bool M(System.Action a)
            {
                try { a(); return false; }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset) { return true; }
            }
        }
        """);
}
