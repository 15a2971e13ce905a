using Verify = WinsockErrors.Analyzers.Tests.Verifier<
    WinsockErrors.Analyzers.WinsockNumberAnalyzer,
    WinsockErrors.Analyzers.CodeFixes.WinsockNumberCodeFixProvider>;

namespace WinsockErrors.Analyzers.Tests;

public class WinsockNumberTests
{
    [Fact]
    public Task Casts_and_lookups_name_the_code() => Verify.VerifyFixAsync(
        """
        using WinsockErrors;

        class C
        {
            WsaError A() => {|WSK004:(WsaError)10054|};
            string B() => WsaErrors.Describe({|WSK004:10061|});
            WsaErrorInfo D() => WsaErrors.Find({|WSK004:10060|});
            bool F(out WsaErrorInfo info) => WsaErrors.TryFind({|WSK004:10062|}, out info);
            string G() => WsaErrors.Get({|WSK004:(WsaError)10053|}).Title;
        }
        """,
        """
        using WinsockErrors;

        class C
        {
            WsaError A() => WsaError.WSAECONNRESET;
            string B() => WsaErrors.Describe(WsaError.WSAECONNREFUSED);
            WsaErrorInfo D() => WsaErrors.Get(WsaError.WSAETIMEDOUT);
            bool F(out WsaErrorInfo info) => WsaErrors.TryFind((int)WsaError.WSAELOOP, out info);
            string G() => WsaErrors.Get(WsaError.WSAECONNABORTED).Title;
        }
        """);

    [Fact]
    public Task Comparisons_with_a_WsaError_or_an_entry_code_compare_the_members() => Verify.VerifyFixAsync(
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool A(WsaError error) => (int)error == {|WSK004:10054|};
            bool B(SocketException e) => {|WSK004:10061|} != (int?)e.ToWsaError();
            bool D(WsaErrorInfo info) => info.Code == {|WSK004:10060|};
            bool F(SocketException e) => e.ToWsaError() == {|WSK004:(WsaError)10062|};
        }
        """,
        """
        using System.Net.Sockets;
        using WinsockErrors;

        class C
        {
            bool A(WsaError error) => error == WsaError.WSAECONNRESET;
            bool B(SocketException e) => WsaError.WSAECONNREFUSED != e.ToWsaError();
            bool D(WsaErrorInfo info) => info.Error == WsaError.WSAETIMEDOUT;
            bool F(SocketException e) => e.ToWsaError() == WsaError.WSAELOOP;
        }
        """);

    [Fact]
    public Task A_file_that_names_the_library_fully_gets_its_using() => Verify.VerifyFixAsync(
        """
        using System;

        class C
        {
            string M() => WinsockErrors.WsaErrors.Describe({|WSK004:10054|});
        }
        """,
        """
        using System;
        using WinsockErrors;

        class C
        {
            string M() => WinsockErrors.WsaErrors.Describe(WsaError.WSAECONNRESET);
        }
        """);

    [Fact]
    public Task Look_alikes_stay_silent() => Verify.VerifyAnalyzerAsync(
        """
        using WinsockErrors;

        class C
        {
            string Errno() => WsaErrors.Describe(111);
            string Variable(int code) => WsaErrors.Describe(code);
            WsaError Unknown() => (WsaError)12345;
            bool Port(int port) => port == 10054;
            string Message() => WsaErrors.FormatMessage(10054);
            bool Named(WsaError error) => error == WsaError.WSAECONNRESET;
        }
        """);
}
