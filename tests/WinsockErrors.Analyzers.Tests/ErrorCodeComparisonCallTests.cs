using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeComparisonAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeComparisonCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK001 on Equals and on the xunit, NUnit and MSTest equality assertions.</summary>
public class ErrorCodeComparisonCallTests
{
    [Fact]
    public Task Equals_calls() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool A(SocketException e) => {|WSK001:e.ErrorCode|}.Equals(10054);
            bool B(SocketException e) => Equals({|WSK001:e.ErrorCode|}, 10061);
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            bool A(SocketException e) => e.SocketErrorCode.Equals(SocketError.ConnectionReset);
            bool B(SocketException e) => Equals(e.SocketErrorCode, SocketError.ConnectionRefused);
        }
        """);

    [Fact]
    public Task Xunit_Assert_Equal_on_expected_or_actual() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using Xunit;

        class C
        {
            void A(SocketException e) => Assert.Equal((int)SocketError.ConnectionRefused, {|WSK001:e.ErrorCode|});
            void B(SocketException e) => Assert.NotEqual({|WSK001:e.NativeErrorCode|}, 10054);
        }
        """,
        """
        using System.Net.Sockets;
        using Xunit;

        class C
        {
            void A(SocketException e) => Assert.Equal(SocketError.ConnectionRefused, e.SocketErrorCode);
            void B(SocketException e) => Assert.NotEqual(e.SocketErrorCode, SocketError.ConnectionReset);
        }
        """);

    [Fact]
    public Task NUnit_and_MSTest_AreEqual() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using NUnit.Framework.Legacy;
        using MSTest = Microsoft.VisualStudio.TestTools.UnitTesting;

        class C
        {
            void A(SocketException e) => NUnit.Framework.Assert.AreEqual(10054, {|WSK001:e.ErrorCode|});
            void B(SocketException e) => ClassicAssert.AreEqual(10060, {|WSK001:e.ErrorCode|});
            void D(SocketException e) => MSTest.Assert.AreEqual(10061, {|WSK001:e.ErrorCode|});
            void F(SocketException e) => MSTest.Assert.AreNotEqual(10062, {|WSK001:e.ErrorCode|});
        }
        """,
        """
        using System.Net.Sockets;
        using NUnit.Framework.Legacy;
        using WinsockErrors;
        using MSTest = Microsoft.VisualStudio.TestTools.UnitTesting;

        class C
        {
            void A(SocketException e) => NUnit.Framework.Assert.AreEqual(SocketError.ConnectionReset, e.SocketErrorCode);
            void B(SocketException e) => ClassicAssert.AreEqual(SocketError.TimedOut, e.SocketErrorCode);
            void D(SocketException e) => MSTest.Assert.AreEqual(SocketError.ConnectionRefused, e.SocketErrorCode);
            void F(SocketException e) => MSTest.Assert.AreNotEqual(WsaError.WSAELOOP, e.ToWsaError());
        }
        """);
}
