using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeComparisonAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeComparisonCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK001 on operators, switches and patterns, and the look-alikes it leaves alone.</summary>
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

    [Fact]
    public Task Inequality_with_NativeErrorCode_and_cast_constants_on_either_side() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool A(SocketException e) => {|WSK001:e.NativeErrorCode|} != (int)SocketError.ConnectionRefused;
            bool B(SocketException e) => 10060 == {|WSK001:e.ErrorCode|};
            bool D(SocketException e) => (int)WsaError.WSAECONNABORTED == {|WSK001:e.ErrorCode|};
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool A(SocketException e) => e.SocketErrorCode != SocketError.ConnectionRefused;
            bool B(SocketException e) => SocketError.TimedOut == e.SocketErrorCode;
            bool D(SocketException e) => SocketError.ConnectionAborted == e.SocketErrorCode;
        }
        """);

    [Fact]
    public Task A_code_without_a_SocketError_member_becomes_ToWsaError_and_imports_its_namespace() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool M(SocketException e) => {|WSK001:e.ErrorCode|} == 10062;
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool M(SocketException e) => e.ToWsaError() == WsaError.WSAELOOP;
        }
        """);

    [Fact]
    public Task A_switch_statement_switches_on_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            string M(SocketException e)
            {
                switch ({|WSK001:e.ErrorCode|})
                {
                    case 10054:
                    case 10053:
                        return "dropped";
                    case 0:
                        return "fine";
                    default:
                        return "other";
                }
            }
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            string M(SocketException e)
            {
                switch (e.SocketErrorCode)
                {
                    case SocketError.ConnectionReset:
                    case SocketError.ConnectionAborted:
                        return "dropped";
                    case SocketError.Success:
                        return "fine";
                    default:
                        return "other";
                }
            }
        }
        """);

    [Fact]
    public Task A_switch_with_a_code_NET_lacks_switches_on_ToWsaError() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            string M(SocketException e) => {|WSK001:e.ErrorCode|} switch
            {
                10054 => "reset",
                10062 => "loop",
                _ => "other",
            };
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            string M(SocketException e) => e.ToWsaError() switch
            {
                WsaError.WSAECONNRESET => "reset",
                WsaError.WSAELOOP => "loop",
                _ => "other",
            };
        }
        """);

    [Fact]
    public Task Is_patterns_with_or_and_not() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool A(SocketException e) => {|WSK001:e.ErrorCode|} is 10054 or 10053;
            bool B(SocketException e) => {|WSK001:e.NativeErrorCode|} is not 10060;
        }
        """,
        """
        using System.Net.Sockets;

        class C
        {
            bool A(SocketException e) => e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted;
            bool B(SocketException e) => e.SocketErrorCode is not SocketError.TimedOut;
        }
        """);

    [Fact]
    public Task A_property_pattern_matches_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        using System;
        using System.Net.Sockets;

        class C
        {
            bool M(Exception ex) => ex is SocketException { {|WSK001:ErrorCode|}: 10061 };
        }
        """,
        """
        using System;
        using System.Net.Sockets;

        class C
        {
            bool M(Exception ex) => ex is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
        }
        """);

    [Fact]
    public Task A_property_pattern_on_a_code_NET_lacks_is_reported_without_a_fix() => Verify.VerifyNoFixAsync(
        """
        using System;
        using System.Net.Sockets;

        class C
        {
            bool M(Exception ex) => ex is SocketException { {|WSK001:ErrorCode|}: 10062 };
        }
        """);

    [Fact]
    public Task A_comparison_that_also_tests_a_number_of_two_meanings_is_reported_without_a_fix() => Verify.VerifyNoFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool M(SocketException e) => {|WSK001:e.ErrorCode|} is 10061 or 61;
        }
        """);

    [Fact]
    public Task A_local_that_holds_the_code_is_traced_and_reported_without_a_fix() => Verify.VerifyNoFixAsync(
        """
        using System.Net.Sockets;

        class C
        {
            bool M(SocketException e)
            {
                var code = e.ErrorCode;
                int native = e.NativeErrorCode;
                return {|WSK001:code|} == 10054 || {|WSK001:code|} is 10053 || {|WSK001:native|} == 10060;
            }
        }
        """);

    [Fact]
    public Task Locals_that_are_written_again_or_hold_other_codes_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System.ComponentModel;
        using System.Net.Sockets;

        class C
        {
            bool Reassigned(SocketException e, bool windows)
            {
                var code = e.ErrorCode;
                if (!windows) { code = 10054; }
                return code == 10054;
            }

            bool Incremented(SocketException e)
            {
                var code = e.ErrorCode;
                code++;
                return code == 10054;
            }

            bool PassedByRef(SocketException e)
            {
                var code = e.ErrorCode;
                Normalize(ref code);
                return code == 10054;
            }

            bool Win32(Win32Exception e)
            {
                var code = e.NativeErrorCode;
                return code == 10054;
            }

            bool Portable(SocketException e)
            {
                var code = (int)e.SocketErrorCode;
                return code == 10054;
            }

            static void Normalize(ref int code) => code = 10054;
        }
        """);

    [Fact]
    public Task Look_alikes_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System.ComponentModel;
        using System.Data.Common;
        using System.Net.Sockets;

        class SqlException : DbException
        {
            public int Number => 10054;
        }

        class C
        {
            bool Sql(SqlException e) => e.Number == 10054 || e.ErrorCode == 10054;
            bool Win32(Win32Exception e) => e.NativeErrorCode == 10054 || e.ErrorCode == 10054;
            bool Port(int port) => port == 10054;
            bool NotASocketErrno(SocketException e) => e.ErrorCode == 5;
            bool Success(SocketException e) => e.ErrorCode == 0;
            bool Portable(SocketException e) => e.SocketErrorCode == SocketError.ConnectionReset;
            bool Variable(SocketException e, int expected) => e.ErrorCode == expected;
            bool Range(SocketException e) => e.ErrorCode > 10000;
            string Text(SocketException e) => e.ErrorCode.ToString();
        }
        """);
}
