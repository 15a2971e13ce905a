// An xunit project that asserts socket errors with WinsockErrors.FluentAssertions.
using System;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using WinsockErrors;
using WinsockErrors.FluentAssertions;
using Xunit;

public class ConsumerTests
{
    [Fact]
    public void A_refused_connection_is_WSAECONNREFUSED()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        Action connect = () => socket.Connect(IPAddress.Loopback, port);

        connect.Should().ThrowWsaError(WsaError.WSAECONNREFUSED);
    }

    [Fact]
    public void A_code_is_asserted_by_name() => 10054.Should().BeWsaError(WsaError.WSAECONNRESET);
}
