// Source: uriegel/WebServerLight, WebServerLight/Server.cs, commit e61841bfc4a7edb0c41176015cf31022aafabde5
using System;
using System.Net.Sockets;

class Server
{
    bool IsStarted;

    void StartConnecting(TcpListener listener)
    {
        try
        {
            listener.AcceptTcpClient();
        }
        catch (SocketException se) when (se.SocketErrorCode == SocketError.Interrupted && !IsStarted) // look-alike
        {
        }
    }

    void OnConnected(Action startReceiving)
    {
        try
        {
            startReceiving();
        }
        catch (SocketException se) when (se.NativeErrorCode == 10054) // non-portable
        {
        }
    }
}
