#if !LIBRARY_NETSTANDARD
using System.Net.Sockets;

namespace WinsockErrors.Tests;

public class WsaErrorInfoTests
{
    [Fact]
    public void A_WsaErrorInfo_keeps_every_field_it_is_built_with()
    {
        var errno = new PosixErrno("ECONNRESET", 104, 54, 54, 108, isWinsockPair: true);
        var info = new WsaErrorInfo(
            WsaError.WSAECONNRESET, "NAME", "Title.", "Description.", "Message.", WsaErrorCategory.Socket, ["ALIAS"], [errno],
            SocketError.ConnectionReset, 0x12345, isTransient: true, isTimeout: true, "one line");

        info.Error.Should().Be(WsaError.WSAECONNRESET);
        info.Code.Should().Be(10054);
        (info.Name, info.Title, info.Description, info.Message).Should().Be(("NAME", "Title.", "Description.", "Message."));
        info.Category.Should().Be(WsaErrorCategory.Socket);
        info.Aliases.Should().Equal("ALIAS");
        info.Errno.Should().Equal(errno);
        info.SocketError.Should().Be(SocketError.ConnectionReset);
        info.HResult.Should().Be(0x12345);
        info.IsTransient.Should().BeTrue();
        info.IsTimeout.Should().BeTrue();
        info.ToString().Should().Be("one line");
    }
}
#endif
