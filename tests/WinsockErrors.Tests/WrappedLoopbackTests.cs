using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

/// <summary>Real failures on 127.0.0.1, caught the way users catch them: wrapped.</summary>
public class WrappedLoopbackTests
{
    private const string Refused = "WSAECONNREFUSED (10061): Connection refused.";

    [Fact]
    public async Task HttpClient_to_a_closed_port()
    {
        using var http = new HttpClient();

        var e = await Loopback.CatchAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/")));

        WsaErrors.Describe(e).Should().Be(Refused);
        e.ToWsaError().Should().Be(WsaError.WSAECONNREFUSED);
    }

    [Fact]
    public async Task HttpWebRequest_to_a_closed_port()
    {
#pragma warning disable SYSLIB0014 // WebRequest is obsolete; old code still catches WebException.
        var request = WebRequest.CreateHttp($"http://127.0.0.1:{Loopback.ClosedPort()}/");
#pragma warning restore SYSLIB0014

        var e = await Loopback.CatchAsync<WebException>(async () => (await request.GetResponseAsync()).Dispose());

        WsaErrors.Describe(e).Should().Be(Refused);
    }

    [Fact]
    public async Task NetworkStream_read_after_a_reset()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using (var peer = await listener.AcceptSocketAsync())
        {
            peer.LingerState = new LingerOption(true, 0); // close sends RST, not FIN
        }

        var stream = client.GetStream();
        var e = await Loopback.CatchAsync<IOException>(async () => await stream.ReadExactlyAsync(new byte[1]));

        WsaErrors.Find(e)!.Error.Should().Be(WsaError.WSAECONNRESET);
        WsaErrors.Describe(e).Should().Be("WSAECONNRESET (10054): Connection reset by peer.");
    }

    [Fact]
    public async Task Task_WhenAll_of_refused_connections()
    {
        using var first = new TcpClient();
        using var second = new TcpClient();
        var all = Task.WhenAll(first.ConnectAsync(IPAddress.Loopback, Loopback.ClosedPort()), second.ConnectAsync(IPAddress.Loopback, Loopback.ClosedPort()));

        await Loopback.CatchAsync<SocketException>(() => all);

        all.Exception.Should().BeOfType<AggregateException>();
        WsaErrors.Describe(all.Exception!).Should().Be(Refused);
        WsaErrors.FindSocketExceptions(all.Exception!).Should().HaveCount(2)
            .And.OnlyContain(s => WsaErrors.Find(s)!.Error == WsaError.WSAECONNREFUSED);
    }
}
