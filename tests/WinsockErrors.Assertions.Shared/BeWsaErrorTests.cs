using System;
using System.IO;
using System.Net.Sockets;
using Xunit;

namespace WinsockErrors.Assertions.Tests;

public class BeWsaErrorTests
{
    [Fact]
    public void Passes_for_a_real_refused_connection_and_gives_the_entry()
    {
        var exception = Loopback.RefusedConnection();

        exception.Should().BeWsaError(WsaError.WSAECONNREFUSED).Which.Title.Should().Be("Connection refused.");
    }

    [Fact]
    public void Fails_for_another_code_with_the_reason()
    {
        var exception = Loopback.RefusedConnection();

        FailureMessage.Of(() => exception.Should().BeWsaError(WsaError.WSAETIMEDOUT, "the server is {0}", "slow"))
            .Should().Be("Expected exception to be socket error WSAETIMEDOUT (10060: Connection timed out) because the server is slow, "
                + "but found WSAECONNREFUSED (10061: Connection refused).");
    }

    [Fact]
    public void Fails_for_a_wrapped_socket_exception_which_only_HaveWsaError_searches()
    {
        var exception = new IOException("Unable to read", new SocketException((int)SocketError.ConnectionRefused));

        FailureMessage.Of(() => exception.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected exception to be socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found System.IO.IOException with message \"Unable to read\", which is not a SocketException.");
    }

    [Fact]
    public void Fails_for_null()
    {
        SocketException? exception = null;

        FailureMessage.Of(() => exception.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected exception to be socket error WSAECONNREFUSED (10061: Connection refused), but found <null>.");
    }

    [Fact]
    public void Fails_for_an_object_that_is_not_an_exception()
    {
        object code = 10061;

        FailureMessage.Of(() => code.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected code to be socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found 10061, which is not a SocketException.");
    }

    [Fact]
    public void Passes_for_any_code_of_the_category()
    {
        var exception = new SocketException((int)SocketError.TryAgain);

        exception.Should().BeWsaErrorIn(WsaErrorCategory.NameResolution).Which.Error.Should().Be(WsaError.WSATRY_AGAIN);
    }

    [Fact]
    public void Fails_for_another_category()
    {
        var exception = Loopback.RefusedConnection();

        FailureMessage.Of(() => exception.Should().BeWsaErrorIn(WsaErrorCategory.NameResolution))
            .Should().Be("Expected exception to be a socket error of category NameResolution, "
                + "but found WSAECONNREFUSED (10061: Connection refused) of category Socket.");
    }
}
