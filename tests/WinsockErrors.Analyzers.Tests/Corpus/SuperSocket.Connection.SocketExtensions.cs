// Source: kerryjiang/SuperSocket, src/SuperSocket.Connection/SocketExtensions.cs, commit ab7e45d1a098a3082015bc3e4461b0b8e1abb16c
using System.Net.Sockets;

static class SocketExtensions
{
    public static bool IsIgnorableSocketException(this SocketException se)
    {
        switch (se.SocketErrorCode) // look-alike
        {
            case SocketError.OperationAborted:
            case SocketError.ConnectionReset:
            case SocketError.ConnectionAborted:
            case SocketError.TimedOut:
            case SocketError.NetworkReset:
                return true;
            default:
                return false;
        }
    }
}
