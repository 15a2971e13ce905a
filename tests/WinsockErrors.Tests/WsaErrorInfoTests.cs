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
            SocketError.ConnectionReset, 0x12345, isTransient: true, isTimeout: true, WsaRetryAdvice.AfterDelay, "Reason.", "error_type",
            "one line");

        info.Error.Should().Be(WsaError.WSAECONNRESET);
        info.Code.Should().Be(10054);
        (info.Name, info.Title, info.Description, info.Message).Should().Be(("NAME", "Title.", "Description.", "Message."));
        info.Category.Should().Be(WsaErrorCategory.Socket);
        info.Aliases.Should().Equal("ALIAS");
        info.Errno.Should().Equal(errno);
        info.SocketError.Should().Be(SocketError.ConnectionReset);
        info.HResult.Should().Be(0x12345);
#pragma warning disable CS0618 // the obsolete property still keeps its value
        info.IsTransient.Should().BeTrue();
#pragma warning restore CS0618
        info.IsTimeout.Should().BeTrue();
        info.RetryAdvice.Should().Be(WsaRetryAdvice.AfterDelay);
        info.RetryReason.Should().Be("Reason.");
        info.ErrorType.Should().Be("error_type");
        info.ToString().Should().Be("one line");
    }
}
#endif
