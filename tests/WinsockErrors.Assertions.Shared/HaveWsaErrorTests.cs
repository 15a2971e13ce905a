using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace WinsockErrors.Assertions.Tests;

public class HaveWsaErrorTests
{
    [Fact]
    public async Task Passes_for_a_caught_HttpRequestException_and_gives_the_socket_exception()
    {
        using var http = new HttpClient();
        var url = new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/");
        Exception? exception = null;
        try
        {
            using var response = await http.GetAsync(url);
        }
        catch (HttpRequestException caught)
        {
            exception = caught;
        }

        exception.Should().HaveWsaError(WsaError.WSAECONNREFUSED)
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }

    [Fact]
    public void Passes_for_a_bare_socket_exception()
    {
        Exception exception = Loopback.RefusedConnection();

        exception.Should().HaveWsaError(WsaError.WSAECONNREFUSED).Which.Should().BeSameAs(exception);
    }

    [Fact]
    public void Fails_for_other_errors_and_lists_every_branch()
    {
        Exception exception = new AggregateException(
            new SocketException((int)SocketError.TimedOut),
            new IOException("Unable to write", new SocketException((int)SocketError.ConnectionReset)));

        FailureMessage.Of(() => exception.Should().HaveWsaError(WsaError.WSAECONNREFUSED, "the port is {0}", "closed"))
            .Should().Be("Expected exception to have socket error WSAECONNREFUSED (10061: Connection refused) because the port is closed, "
                + "but found System.AggregateException wrapping WSAETIMEDOUT (10060: Connection timed out) "
                + "and WSAECONNRESET (10054: Connection reset by peer).");
    }

    [Fact]
    public void Fails_for_an_exception_without_a_socket_exception()
    {
        Exception exception = new HttpRequestException("Response status code does not indicate success: 503.");

        FailureMessage.Of(() => exception.Should().HaveWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected exception to have socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found System.Net.Http.HttpRequestException with message \"Response status code does not indicate success: 503.\", "
                + "which is not and does not wrap a SocketException.");
    }

    [Fact]
    public void Fails_for_null()
    {
        Exception? exception = null;

        FailureMessage.Of(() => exception.Should().HaveWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected exception to have socket error WSAECONNREFUSED (10061: Connection refused), but found <null>.");
    }

    [Fact]
    public void Fails_for_an_object_that_is_not_an_exception()
    {
        object result = "connected";

        FailureMessage.Of(() => result.Should().HaveWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected result to have socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found \"connected\", which is not an exception.");
    }

    [Fact]
    public void Passes_for_any_code_of_the_category()
    {
        Exception exception = new IOException("lookup", new SocketException((int)SocketError.HostNotFound));

        exception.Should().HaveWsaErrorIn(WsaErrorCategory.NameResolution)
            .Which.SocketErrorCode.Should().Be(SocketError.HostNotFound);
    }

    [Fact]
    public void Fails_for_another_category()
    {
        Exception exception = Loopback.RefusedConnection();

        FailureMessage.Of(() => exception.Should().HaveWsaErrorIn(WsaErrorCategory.NameResolution))
            .Should().Be("Expected exception to have a socket error of category NameResolution, "
                + "but found WSAECONNREFUSED (10061: Connection refused) of category Socket.");
    }
}
