// Source: tomijah/mud-engine, Mud.Communication/Tcp/TcpConnectionManager.cs, commit 8dfd7b440acc741974a3fff00e6b663eb4bff874
using System;
using System.Net;
using System.Net.Sockets;

class TcpConnectionManager
{
    public void Start(int port)
    {
        try
        {
            var serverSocket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            serverSocket.Bind(new IPEndPoint(IPAddress.Any, port));
        }
        catch (SocketException se)
        {
            if (se.ErrorCode == 10048) // non-portable
                throw new InvalidOperationException("port in use: " + se.Message);
            throw;
        }
    }
}
