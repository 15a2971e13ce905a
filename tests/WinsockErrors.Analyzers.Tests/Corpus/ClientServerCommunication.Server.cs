// Source: 1ddingyi-l/client-server-communication, Lib/Server.cs, commit 18e4a66a6ab863298038e4b74727aaea618694ce
using System.Net.Sockets;

class Server
{
    static void ClientCommunicating(TcpClient client, System.Action terminate)
    {
        while (true)
        {
            try
            {
                var received = client.Client.Receive(new byte[1024]);
                if (received == 0)
                    throw new SocketException(10053); // look-alike
            }
            catch (SocketException e)
            {
                if (e.ErrorCode == 10053) // non-portable
                {
                    terminate();
                    break;
                }
            }
        }
    }
}
