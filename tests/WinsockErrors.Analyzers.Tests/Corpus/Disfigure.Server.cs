// Source: avirule/Disfigure, Disfigure.Server/Server.cs, commit f4c2304cc8a28ea80ba6771890710c63d170ff68
using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

class Server
{
    async ValueTask AcceptConnections(IPAddress address, int port)
    {
        try
        {
            var listener = new TcpListener(address, port);
            listener.Start();
            await listener.AcceptTcpClientAsync();
        }
        catch (SocketException exception) when (exception.ErrorCode == 10048) // non-portable
        {
            Console.WriteLine("Another instance is already running.");
        }
    }
}
