using System.Net;
using System.Net.Sockets;

namespace WinsockErrors.Polly.Tests;

/// <summary>Real socket failures on 127.0.0.1, one per call.</summary>
internal static class LoopbackFailures
{
    /// <summary>Connects to a port nothing listens on: a refused connection, before anything was sent.</summary>
    public static async Task ConnectToAClosedPortAsync()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
    }

    /// <summary>Sends work that the peer receives, then reads the peer's reset: a broken connection after sending.</summary>
    public static async Task SendThenReadAResetAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var stream = client.GetStream();
        using (var peer = await listener.AcceptSocketAsync())
        {
            await stream.WriteAsync("work"u8.ToArray());
            await peer.ReceiveAsync(new byte[4], SocketFlags.None);
            peer.LingerState = new LingerOption(true, 0); // close sends RST, not FIN
        }

        await stream.ReadExactlyAsync(new byte[1]);
    }
}
