using System;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace WinsockErrors.Assertions.Tests;

public class ThrowWsaErrorInTests
{
    [Fact]
    public void Passes_for_any_code_of_the_category()
    {
        Action resolve = () => throw new SocketException((int)SocketError.TryAgain);

        resolve.Should().ThrowWsaErrorIn(WsaErrorCategory.NameResolution)
            .Which.SocketErrorCode.Should().Be(SocketError.TryAgain);
    }

    [Fact]
    public void Passes_for_a_real_refused_connection_in_the_socket_category()
    {
        Func<TcpClient> connect = () => new TcpClient("127.0.0.1", Loopback.ClosedPort());

        connect.Should().ThrowWsaErrorIn(WsaErrorCategory.Socket);
    }

    [Fact]
    public void Fails_for_another_category_and_names_it()
    {
        Action act = () => throw new SocketException((int)SocketError.ConnectionRefused);

        FailureMessage.Of(() => act.Should().ThrowWsaErrorIn(WsaErrorCategory.NameResolution, "the host is {0}", "made up"))
            .Should().Be("Expected act to throw a socket error of category NameResolution because the host is made up, "
                + "but it threw WSAECONNREFUSED (10061: Connection refused) of category Socket.");
    }

    [Fact]
    public void Fails_for_a_function_that_returns()
    {
        Func<int> count = () => 42;

        FailureMessage.Of(() => count.Should().ThrowWsaErrorIn(WsaErrorCategory.NameResolution))
            .Should().Be("Expected count to throw a socket error of category NameResolution, but no exception was thrown.");
    }

    [Fact]
    public async Task Passes_asynchronously_for_any_code_of_the_category()
    {
        Func<Task> resolve = () => Task.FromException(new SocketException((int)SocketError.HostNotFound));

        (await resolve.Should().ThrowWsaErrorInAsync(WsaErrorCategory.NameResolution))
            .Which.SocketErrorCode.Should().Be(SocketError.HostNotFound);
    }

    [Fact]
    public async Task Fails_asynchronously_for_another_category()
    {
        Func<Task> resolve = () => Task.FromException(
            new AggregateException(new SocketException((int)SocketError.TimedOut), new SocketException((int)SocketError.NoBufferSpaceAvailable)));

        (await FailureMessage.OfAsync(() => resolve.Should().ThrowWsaErrorInAsync(WsaErrorCategory.NameResolution)))
            .Should().Be("Expected resolve to throw a socket error of category NameResolution, but it threw System.AggregateException wrapping "
                + "WSAETIMEDOUT (10060: Connection timed out) of category Socket and WSAENOBUFS (10055: No buffer space available) of category Socket.");
    }

    [Fact]
    public void Refuses_an_undefined_category()
    {
        Action act = () => { };

        act.Invoking(a => a.Should().ThrowWsaErrorIn((WsaErrorCategory)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("category");
    }
}
