// Source: shendongnian/code, code1/155337-2836750-0.cs
using System.Net.Sockets;

class Probe
{
    void Connect(string host, int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(host, port);
        }
        catch (SocketException ex)
        {
            if (ex.SocketErrorCode == SocketError.ConnectionRefused) // look-alike
            {
            }
        }
    }
}
