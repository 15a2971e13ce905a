// Source: Tready07/Password-Manager, Password Manager/SocketManager.cs, commit e0f9ee3aca8cd66f56f058801ba7b2c0723f320e
using System.Net.Sockets;

class SocketManager
{
    Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public byte[]? SendRequest(byte[] request)
    {
        try
        {
            socket.Send(request);
            return new byte[0];
        }
        catch (SocketException ex) when (ex.ErrorCode == 10054) // non-portable
        {
            // The server disconnected.
            return null;
        }
    }
}
