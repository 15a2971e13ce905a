using System.Linq;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

public class SocketExceptionTests
{
    public static TheoryData<SocketError> SocketErrors =>
        new(Enum.GetValues<SocketError>().Where(e => e != SocketError.SocketError));

    [Theory]
    [MemberData(nameof(SocketErrors))]
    public void The_exception_path_is_exact_for_every_SocketError(SocketError socketError)
    {
        var exception = new SocketException((int)socketError);

        WsaErrors.Find(exception)!.Code.Should().Be((int)socketError);
        exception.ToWsaError().Should().Be((WsaError)(int)socketError);
        WsaErrors.Describe(exception).Should().Be(WsaErrors.Describe((int)socketError));
    }

    [Theory]
    [InlineData(10054, "WSAECONNRESET")]
    [InlineData(10061, "WSAECONNREFUSED")]
    [InlineData(10048, "WSAEADDRINUSE")]
    [InlineData(11001, "WSAHOST_NOT_FOUND")]
    [InlineData(11004, "WSANO_DATA")]
    [InlineData(995, "WSA_OPERATION_ABORTED")]
    [InlineData(10060, "WSAETIMEDOUT")]
    public void The_int_path_names_the_code_for_ErrorCode_on_every_OS(int code, string name)
    {
        var exception = new SocketException(code);

        WsaErrors.Find(exception.ErrorCode)!.Name.Should().Be(name, "ErrorCode is {0} here", exception.ErrorCode);
        WsaErrors.Describe(exception.ErrorCode).Should().StartWith(name + " (");
    }

    [Fact]
    public void The_int_path_is_as_right_as_an_int_allows_on_Linux()
    {
        if (WsaErrors.NativePlatform != ErrnoPlatform.Linux)
        {
            return; // The ambiguities below are Linux errno numbers; elsewhere ErrorCode differs.
        }

        // .NET turns these SocketErrors into an errno that means something else for a plain socket call.
        WsaErrors.Find(new SocketException((int)SocketError.TryAgain).ErrorCode)!.Error.Should().Be(WsaError.WSAEWOULDBLOCK);
        WsaErrors.Find(new SocketException((int)SocketError.IOPending).ErrorCode)!.Error.Should().Be(WsaError.WSAEINPROGRESS);
        WsaErrors.Find(new SocketException((int)SocketError.Disconnecting).ErrorCode)!.Error.Should().Be(WsaError.WSAESHUTDOWN);

        // The exception itself is exact.
        WsaErrors.Find(new SocketException((int)SocketError.TryAgain))!.Error.Should().Be(WsaError.WSATRY_AGAIN);
        WsaErrors.Find(new SocketException((int)SocketError.Disconnecting))!.Error.Should().Be(WsaError.WSAEDISCON);
    }

    [Fact]
    public void An_exception_with_no_known_code_is_described_by_its_native_code()
    {
        var exception = new SocketException(12345);

        WsaErrors.Find(exception).Should().BeNull();
        exception.ToWsaError().Should().BeNull();
        WsaErrors.Describe(exception).Should().Be("Unknown Winsock error 12345 (0x3039).");
    }

    [Fact]
    public void A_null_exception_is_rejected_clearly()
    {
        var find = () => WsaErrors.Find((SocketException)null!);
        var describe = () => WsaErrors.Describe((SocketException)null!);

        find.Should().Throw<ArgumentNullException>().WithParameterName("exception");
        describe.Should().Throw<ArgumentNullException>().WithParameterName("exception");
    }

    [Fact]
    public void The_dotnet_host_not_found_value_is_read_where_dotnet_uses_it()
    {
        WsaErrors.DotNetHostNotFoundErrorCode.Should().Be(-131073);
        var expected = WsaErrors.NativePlatform is null ? null : "WSAHOST_NOT_FOUND";

        (WsaErrors.Find(WsaErrors.DotNetHostNotFoundErrorCode)?.Name).Should().Be(expected);
        if (WsaErrors.NativePlatform is not null)
        {
            new SocketException((int)SocketError.HostNotFound).ErrorCode.Should().Be(WsaErrors.DotNetHostNotFoundErrorCode);
        }
    }
}
