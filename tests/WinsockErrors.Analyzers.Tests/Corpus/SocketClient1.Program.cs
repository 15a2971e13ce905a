// Source: hoseinnorouzi1991/SocketClient1, SocketClient1/Program.cs
using System.Net.Sockets;
using System.Threading;

class Program
{
    static void Receive(Socket socket, byte[] buffer)
    {
        try
        {
            socket.Receive(buffer);
        }
        catch (SocketException ex)
        {
            if (ex.SocketErrorCode == SocketError.WouldBlock // look-alike
                || ex.SocketErrorCode == SocketError.IOPending // look-alike
                || ex.SocketErrorCode == SocketError.NoBufferSpaceAvailable) // look-alike
            {
                Thread.Sleep(30);
            }
        }
    }
}
