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
            SocketError.ConnectionReset, isTransient: true, isTimeout: true, WsaRetryAdvice.AfterDelay, "Reason.", "error_type");

        info.Error.Should().Be(WsaError.WSAECONNRESET);
        info.Code.Should().Be(10054);
        (info.Name, info.Title, info.Description, info.Message).Should().Be(("NAME", "Title.", "Description.", "Message."));
        info.Category.Should().Be(WsaErrorCategory.Socket);
        info.Aliases.Should().Equal("ALIAS");
        info.Errno.Should().Equal(errno);
        info.SocketError.Should().Be(SocketError.ConnectionReset);
        info.HasListTitle.Should().BeTrue();
        info.HResult.Should().Be(unchecked((int)0x80072746), "the library computes it from the code");
#pragma warning disable CS0618 // the obsolete property still keeps its value
        info.IsTransient.Should().BeTrue();
#pragma warning restore CS0618
        info.IsTimeout.Should().BeTrue();
        info.RetryAdvice.Should().Be(WsaRetryAdvice.AfterDelay);
        info.RetryReason.Should().Be("Reason.");
        info.ErrorType.Should().Be("error_type");
        info.ToString().Should().Be("NAME (10054): Title.");
        info.ToString("S", null).Should().Be("NAME (10054: Title)");
    }

    [Fact]
    public void A_table_entry_builds_its_one_line_form_once_and_keeps_its_hash()
    {
        var info = WsaErrors.Get(WsaError.WSAEHOSTUNREACH);
        var hash = info.GetHashCode();

        info.ToString().Should().Be("WSAEHOSTUNREACH (10065): No route to host.").And.BeSameAs(info.ToString());
        WsaErrors.Describe(10065).Should().BeSameAs(info.ToString());
        info.GetHashCode().Should().Be(hash, "the cache is no part of the entry's value");
    }

    [Fact]
    public void Without_a_title_from_the_list_the_system_message_is_the_title()
    {
        var info = new WsaErrorInfo(
            WsaError.NO_ERROR, "NO_ERROR", "", "", "The operation completed successfully.", WsaErrorCategory.Success, [], [],
            SocketError.Success, isTransient: false, isTimeout: false, WsaRetryAdvice.Never, "Reason.", "success");

        info.HasListTitle.Should().BeFalse();
        info.Title.Should().Be("The operation completed successfully.");
        info.HResult.Should().Be(0);
        info.ToString().Should().Be("NO_ERROR (0): The operation completed successfully.");
    }
}
#endif
