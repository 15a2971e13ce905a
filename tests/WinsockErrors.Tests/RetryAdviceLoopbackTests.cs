using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

/// <summary>The retry advice of real failures on 127.0.0.1, read from the exceptions users catch.</summary>
public class RetryAdviceLoopbackTests
{
    [Fact]
    public async Task A_refused_connect_is_safe_to_retry()
    {
        var e = await Loopback.CatchAsync<SocketException>(Loopback.ConnectToAClosedPortAsync);

        WsaErrors.GetRetryAdvice(e).Should().Be(WsaRetryAdvice.Safe);
        WsaErrors.ShouldRetry(e, idempotent: false).Should().BeTrue();
    }

    [Fact]
    public async Task HttpClient_to_a_closed_port_is_safe_to_retry()
    {
        using var http = new HttpClient();

        var e = await Loopback.CatchAsync<HttpRequestException>(() => http.PostAsync(new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/"), new StringContent("pay")));

        WsaErrors.GetRetryAdvice(e).Should().Be(WsaRetryAdvice.Safe);
        WsaErrors.ShouldRetry(e, idempotent: false).Should().BeTrue();
    }

    [Fact]
    public async Task A_reset_after_sending_is_retried_only_if_idempotent()
    {
        var e = await Loopback.CatchAsync<IOException>(Loopback.SendThenReadAResetAsync);

        WsaErrors.GetRetryAdvice(e).Should().Be(WsaRetryAdvice.IfIdempotent);
        WsaErrors.ShouldRetry(e, idempotent: false).Should().BeFalse();
        WsaErrors.ShouldRetry(e, idempotent: true).Should().BeTrue();
    }

    [Fact]
    public async Task HttpClient_reset_after_the_request_was_sent_is_retried_only_if_idempotent()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var http = new HttpClient();
        var call = http.PostAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/"), new StringContent("pay"));
        using (var peer = await listener.AcceptSocketAsync())
        {
            (await peer.ReceiveAsync(new byte[4096], SocketFlags.None)).Should().BePositive("the request reached the peer");
            peer.LingerState = new LingerOption(true, 0);
        }

        var e = await Loopback.CatchAsync<HttpRequestException>(() => call);

        WsaErrors.GetRetryAdvice(e).Should().Be(WsaRetryAdvice.IfIdempotent);
        WsaErrors.ShouldRetry(e, idempotent: false).Should().BeFalse();
    }

    [Fact]
    public void Binding_a_bound_socket_again_is_never_retried()
    {
        // Linux and Windows both answer a second bind with EINVAL / WSAEINVAL.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

        var e = FluentActions.Invoking(() => socket.Bind(new IPEndPoint(IPAddress.Loopback, 0))).Should().Throw<SocketException>().Which;

        WsaErrors.Find(e)!.Error.Should().Be(WsaError.WSAEINVAL);
        WsaErrors.GetRetryAdvice(e).Should().Be(WsaRetryAdvice.Never);
        WsaErrors.ShouldRetry(e, idempotent: true).Should().BeFalse();
    }
}
