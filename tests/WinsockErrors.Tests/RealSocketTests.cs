using System.Net;
using System.Net.Sockets;

namespace WinsockErrors.Tests;

/// <summary>Real failures on the loopback interface: what users catch, checked through every API.</summary>
public class RealSocketTests
{
    [Fact]
    public void Connection_refused()
    {
        var port = ClosedPort();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var e = Catch(() => socket.Connect(IPAddress.Loopback, port));

        AssertNames(e, WsaError.WSAECONNREFUSED);
    }

    [Fact]
    public void Address_already_in_use()
    {
        using var listener = Listener();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var e = Catch(() => socket.Bind(listener.LocalEndPoint!));

        AssertNames(e, WsaError.WSAEADDRINUSE);
    }

    [Fact]
    public void Host_name_not_found()
    {
        var e = Catch(() => Dns.GetHostEntry("no-such-host.invalid"));

        AssertNames(e, WsaError.WSAHOST_NOT_FOUND);
    }

    [Fact]
    public void Datagram_too_large()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

        var e = Catch(() => socket.SendTo(new byte[70_000], new IPEndPoint(IPAddress.Loopback, ClosedPort())));

        AssertNames(e, WsaError.WSAEMSGSIZE);
    }

    [Fact]
    public void Receive_on_an_unconnected_socket()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var e = Catch(() => socket.Receive(new byte[1]));

        AssertNames(e, WsaError.WSAENOTCONN);
    }

    [Fact]
    public void Send_on_an_unconnected_socket()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var e = Catch(() => socket.Send(new byte[1]));

        // Windows reports WSAENOTCONN; Linux's send() reports EPIPE, which .NET itself maps to SocketError.Shutdown.
        AssertNames(e, OperatingSystem.IsWindows() ? WsaError.WSAENOTCONN : (WsaError)(int)e.SocketErrorCode);
        e.SocketErrorCode.Should().BeOneOf(SocketError.NotConnected, SocketError.Shutdown);
    }

    [Fact]
    public void Receive_timed_out()
    {
        using var listener = Listener();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 50 };
        socket.Connect(listener.LocalEndPoint!);

        var e = Catch(() => socket.Receive(new byte[1]));

        AssertNames(e, WsaError.WSAETIMEDOUT);
        WsaErrors.Find(e)!.IsTimeout.Should().BeTrue();
    }

    [Fact]
    public void Would_block_on_a_non_blocking_socket()
    {
        using var listener = Listener();
        using var socket = Connected(listener);
        socket.Blocking = false;

        var e = Catch(() => socket.Receive(new byte[1]));

        AssertNames(e, WsaError.WSAEWOULDBLOCK);
    }

    [Fact]
    public void Connection_reset_by_peer()
    {
        using var listener = Listener();
        using var socket = Connected(listener);
        using (var accepted = listener.Accept())
        {
            accepted.LingerState = new LingerOption(true, 0);
        }

        var e = Catch(() => socket.Receive(new byte[1]));

        AssertNames(e, WsaError.WSAECONNRESET);
    }

    private static void AssertNames(SocketException e, WsaError expected)
    {
        var line = WsaErrors.Describe(expected);
        WsaErrors.Describe(e).Should().Be(line);
        WsaErrors.Describe(e.ErrorCode).Should().Be(line, "ErrorCode is {0}", e.ErrorCode);
        e.ToWsaError().Should().Be(expected);
        WsaErrors.Find(e.ErrorCode)!.Error.Should().Be(expected);
    }

    private static SocketException Catch(Action action)
    {
        var act = () => action();
        return act.Should().Throw<SocketException>().Which;
    }

    private static Socket Listener()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        return listener;
    }

    private static Socket Connected(Socket listener)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Connect(listener.LocalEndPoint!);
        return socket;
    }

    private static int ClosedPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
