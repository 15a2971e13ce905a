using System.Net;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

/// <summary>Helpers for the tests that make real failures on 127.0.0.1 (the Polly tests link this file too).</summary>
internal static class Loopback
{
    /// <summary>Runs <paramref name="action"/> and returns the <typeparamref name="T"/> it throws; fails when it throws none.</summary>
    public static async Task<T> CatchAsync<T>(Func<Task> action)
        where T : Exception
    {
        try
        {
            await action();
        }
        catch (T exception)
        {
            return exception;
        }

        throw new InvalidOperationException("Expected " + typeof(T).Name + " was not thrown.");
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    public static int ClosedPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>Connects to a port nothing listens on: a refused connection, before anything was sent.</summary>
    public static async Task ConnectToAClosedPortAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, ClosedPort());
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
            var received = await peer.ReceiveAsync(new byte[4], SocketFlags.None);
            if (received != 4)
            {
                throw new InvalidOperationException($"the peer received {received} of 4 bytes");
            }

            peer.LingerState = new LingerOption(true, 0); // close sends RST, not FIN
        }

        await stream.ReadExactlyAsync(new byte[1]);
    }
}
