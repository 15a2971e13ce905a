// Source: kerryjiang/SuperSocket.ClientEngine, Core/TcpClientSession.cs, commit 008f8b4b7c665b9f7250df142ea0e93843d6b69f
using System.Net.Sockets;

abstract class TcpClientSession
{
    // The callers pass SocketException.ErrorCode: the codes below are compared through a parameter.
    protected bool IsIgnorableSocketError(int errorCode)
    {
        if (errorCode == 10058 // non-portable
            || errorCode == 10053 // non-portable
            || errorCode == 10054 // non-portable
            || errorCode == 995) // non-portable
            return true;

        return false;
    }

    protected void ProcessConnect(Socket socket, SocketAsyncEventArgs? e)
    {
        if (e != null && e.SocketError != SocketError.Success) // look-alike
        {
            OnError(new SocketException((int)e.SocketError));
            return;
        }

        if (!socket.Connected)
        {
            var socketError = (SocketError)(int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!; // look-alike
            OnError(new SocketException((int)socketError));
        }
    }

    protected abstract void OnError(SocketException e);
}
