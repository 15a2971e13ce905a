// Source: Dorus/taskDelayProblem, Client/ClientConnection.cs, commit 4b18633bc063c52afdb8981f97e0844b4c0c2129
using System;
using System.Net.Sockets;
using System.Threading.Tasks;

class ClientConnection
{
    TcpClient tcpclnt = new();

    public async Task ConnectAsync()
    {
        try
        {
            await tcpclnt.ConnectAsync("127.0.0.1", 8001);
        }
        catch (SocketException e)
        {
            if (e.ErrorCode == 10061) // non-portable
                tcpclnt.Connect("127.0.0.1", 8001);
            else
                throw;
        }

        try
        {
            await tcpclnt.GetStream().ReadAsync(new byte[750], 0, 750);
        }
        catch (Exception e)
        {
            if (e is SocketException && ((SocketException)e).ErrorCode == 10061) // non-portable
                Console.WriteLine("Refused");
        }
    }
}
