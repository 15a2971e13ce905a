using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace WinsockErrors.Assertions.Tests;

public class ThrowWsaErrorAsyncTests
{
    [Fact]
    public async Task Passes_for_a_refused_TcpClient_ConnectAsync()
    {
        using var client = new TcpClient();
        Func<Task> connect = () => client.ConnectAsync(IPAddress.Loopback, Loopback.ClosedPort());

        (await connect.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED))
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }

    [Fact]
    public async Task Passes_for_HttpClient_to_a_closed_port_through_the_HttpRequestException()
    {
        using var http = new HttpClient();
        var url = new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/");
        Func<Task<HttpResponseMessage>> get = () => http.GetAsync(url);

        await get.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED);
    }

    [Fact]
    public async Task Fails_for_HttpClient_with_the_reason_and_names_the_wrapper()
    {
        using var http = new HttpClient();
        var url = new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/");
        Func<Task<HttpResponseMessage>> get = () => http.GetAsync(url);

        (await FailureMessage.OfAsync(() => get.Should().ThrowWsaErrorAsync(WsaError.WSAETIMEDOUT, "the server is {0}", "slow")))
            .Should().Be("Expected get to throw socket error WSAETIMEDOUT (10060: Connection timed out) because the server is slow, "
                + "but it threw System.Net.Http.HttpRequestException wrapping WSAECONNREFUSED (10061: Connection refused).");
    }

    [Fact]
    public async Task Passes_for_a_NetworkStream_read_after_the_peer_reset_the_connection()
    {
        using var client = await Loopback.ResetConnectionAsync();
        var stream = client.GetStream();
        Func<Task<int>> read = async () => await stream.ReadAsync(new byte[1]);

        await read.Should().ThrowWsaErrorAsync(WsaError.WSAECONNRESET);
    }

    [Fact]
    public async Task Fails_for_a_NetworkStream_read_and_names_the_IOException()
    {
        using var client = await Loopback.ResetConnectionAsync();
        var stream = client.GetStream();
        Func<Task<int>> read = async () => await stream.ReadAsync(new byte[1]);

        (await FailureMessage.OfAsync(() => read.Should().ThrowWsaErrorAsync(WsaError.WSAETIMEDOUT)))
            .Should().Be("Expected read to throw socket error WSAETIMEDOUT (10060: Connection timed out), "
                + "but it threw System.IO.IOException wrapping WSAECONNRESET (10054: Connection reset by peer).");
    }

    [Fact]
    public async Task Passes_when_any_task_of_WhenAll_fails_with_the_code()
    {
        Func<Task> both = () => Task.WhenAll(
            Task.FromException(new SocketException((int)SocketError.TimedOut)),
            Task.FromException(new SocketException((int)SocketError.ConnectionRefused)));

        (await both.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED))
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }

    [Fact]
    public async Task Fails_when_nothing_is_thrown()
    {
        Func<Task> act = () => Task.Delay(1);

        (await FailureMessage.OfAsync(() => act.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED)))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), but no exception was thrown.");
    }

    [Fact]
    public async Task Fails_for_an_exception_without_a_socket_exception()
    {
        Func<Task> act = async () =>
        {
            await Task.Yield();
            throw new TimeoutException("Gave up after 5 s.");
        };

        (await FailureMessage.OfAsync(() => act.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED)))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but it threw System.TimeoutException with message \"Gave up after 5 s.\", which is not and does not wrap a SocketException.");
    }

    [Fact]
    public async Task Fails_for_a_null_function()
    {
        Func<Task> act = null!;

        (await FailureMessage.OfAsync(() => act.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED)))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), but found <null>.");
    }

    [Fact]
    public async Task Uses_the_context_of_the_assertion_scope()
    {
        Func<Task> act = () => Task.CompletedTask;

        (await FailureMessage.OfAsync(async () =>
            {
                using var scope = new AssertionScope("the reconnect");
                await act.Should().ThrowWsaErrorAsync(WsaError.WSAECONNREFUSED);
            }))
            .TrimEnd() // a scope ends each collected failure with a line break
            .Should().Be("Expected " + AssertionLibrary.InScope("the reconnect", "act")
                + " to throw socket error WSAECONNREFUSED (10061: Connection refused), but no exception was thrown.");
    }

    [Fact]
    public void Refuses_an_undefined_code_before_running_anything()
    {
        var ran = false;
        Func<Task> act = () =>
        {
            ran = true;
            return Task.CompletedTask;
        };

        Action call = () => act.Should().ThrowWsaErrorAsync((WsaError)12345);

        call.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expected");
        ran.Should().BeFalse();
    }
}
