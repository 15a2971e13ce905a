using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace WinsockErrors.Assertions.Tests;

/// <summary>Real socket failures on 127.0.0.1, quick and the same on every run.</summary>
internal static class Loopback
{
    /// <summary>A port nothing listens on: bound a moment ago, then released.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A connected client whose peer has reset the connection: its next read fails with WSAECONNRESET.</summary>
    public static async Task<TcpClient> ResetConnectionAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using (var peer = await listener.AcceptSocketAsync())
        {
            // Lingering with a zero timeout makes Close send RST instead of FIN.
            peer.LingerState = new LingerOption(true, 0);
            peer.Close();
        }

        return client;
    }

    /// <summary>The SocketException a refused connection throws on this OS.</summary>
    public static SocketException RefusedConnection()
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(IPAddress.Loopback, ClosedPort());
        }
        catch (SocketException exception)
        {
            return exception;
        }

        throw new InvalidOperationException("A connection to a closed port succeeded.");
    }
}
