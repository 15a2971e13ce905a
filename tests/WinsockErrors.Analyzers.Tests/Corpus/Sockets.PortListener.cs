// Source: GrigoryanArtem/Sockets, PortListener/PortListener.cs
using System;
using System.Net;
using System.Net.Sockets;

class PortListener
{
    static void Check(IPAddress address, int i)
    {
        try
        {
            var endPoint = new IPEndPoint(address, i);
            new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp).Connect(endPoint);
        }
        catch (SocketException ignored)
        {
            if (ignored.ErrorCode != 10061) // non-portable
                Console.WriteLine(ignored.Message);
        }
    }
}
