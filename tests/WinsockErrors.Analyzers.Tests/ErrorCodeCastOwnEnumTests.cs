using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.ErrorCodeCastAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.ErrorCodeCastCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>WSK002 on a project's own enum of Winsock codes, compared or switched on.</summary>
public class ErrorCodeCastOwnEnumTests
{
    [Fact]
    public Task A_switch_on_a_project_enum_named_SocketError_casts_SocketErrorCode() => Verify.VerifyFixAsync(
        """
        namespace Proxy
        {
            enum SocketError { ConnectionAborted = 10053, ConnectionReset = 10054, TimedOut = 10060 }

            class C
            {
                bool Closed(System.Net.Sockets.SocketException ex)
                {
                    switch ({|WSK002:(SocketError) ex.ErrorCode|})
                    {
                        case SocketError.ConnectionAborted:
                        case SocketError.ConnectionReset:
                            return true;
                        default:
                            return false;
                    }
                }
            }
        }
        """,
        """
        namespace Proxy
        {
            enum SocketError { ConnectionAborted = 10053, ConnectionReset = 10054, TimedOut = 10060 }

            class C
            {
                bool Closed(System.Net.Sockets.SocketException ex)
                {
                    switch ((SocketError) ex.SocketErrorCode)
                    {
                        case SocketError.ConnectionAborted:
                        case SocketError.ConnectionReset:
                            return true;
                        default:
                            return false;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Comparisons_patterns_and_switch_expressions_on_an_own_enum_are_fixed() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        enum WinsockError { WSAEINTR = 10004, WSAECONNRESET = 10054, WSAETIMEDOUT = 10060 }

        class C
        {
            bool Reset(SocketException e) => {|WSK002:(WinsockError)e.ErrorCode|} == WinsockError.WSAECONNRESET;
            bool Timeout(SocketException e) => {|WSK002:(WinsockError)e.NativeErrorCode|} is WinsockError.WSAETIMEDOUT;
            string Name(SocketException e) => {|WSK002:(WinsockError)e.ErrorCode|} switch { WinsockError.WSAEINTR => "interrupted", _ => "other" };
        }
        """,
        """
        using System.Net.Sockets;

        enum WinsockError { WSAEINTR = 10004, WSAECONNRESET = 10054, WSAETIMEDOUT = 10060 }

        class C
        {
            bool Reset(SocketException e) => (WinsockError)e.SocketErrorCode == WinsockError.WSAECONNRESET;
            bool Timeout(SocketException e) => (WinsockError)e.SocketErrorCode is WinsockError.WSAETIMEDOUT;
            string Name(SocketException e) => (WinsockError)e.SocketErrorCode switch { WinsockError.WSAEINTR => "interrupted", _ => "other" };
        }
        """);

    [Fact]
    public Task A_local_that_holds_the_cast_and_is_switched_on_is_reported_and_fixed() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;

        enum SocketErrorCodes { PermissionDenied = 10013, AddressInUse = 10048, HostNotFound = 11001 }

        class C
        {
            string M(SocketException se)
            {
                SocketErrorCodes errorCode = {|WSK002:(SocketErrorCodes)se.ErrorCode|};
                switch (errorCode)
                {
                    case SocketErrorCodes.AddressInUse: return "in use";
                    default: return "other";
                }
            }
        }
        """,
        """
        using System.Net.Sockets;

        enum SocketErrorCodes { PermissionDenied = 10013, AddressInUse = 10048, HostNotFound = 11001 }

        class C
        {
            string M(SocketException se)
            {
                SocketErrorCodes errorCode = (SocketErrorCodes)se.SocketErrorCode;
                switch (errorCode)
                {
                    case SocketErrorCodes.AddressInUse: return "in use";
                    default: return "other";
                }
            }
        }
        """);

    [Fact]
    public Task Own_enums_that_are_not_compared_or_hold_no_Winsock_table_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        enum WinsockError { WSAECONNRESET = 10054, WSAETIMEDOUT = 10060 }
        enum OneCode { Reset = 10054, Other = 1 }
        enum Status { Ok = 0, Failed = 1 }

        class C
        {
            WinsockError Stored(SocketException e) => (WinsockError)e.ErrorCode;
            string Shown(SocketException e) => ((WinsockError)e.ErrorCode).ToString();
            bool Coincidence(SocketException e) => (OneCode)e.ErrorCode == OneCode.Reset;
            bool Unrelated(SocketException e) => (Status)e.ErrorCode == Status.Failed;
            bool Http(SocketException e) => (HttpStatusCode)e.ErrorCode == HttpStatusCode.NotFound;
            bool OwnFromInt(int code) => (WinsockError)code == WinsockError.WSAECONNRESET;

            string StoredInLocal(SocketException e)
            {
                var error = (WinsockError)e.ErrorCode;
                return error.ToString();
            }

            bool Reassigned(SocketException e, WinsockError other)
            {
                var error = (WinsockError)e.ErrorCode;
                error = other;
                return error == WinsockError.WSAECONNRESET;
            }
        }
        """);
}
