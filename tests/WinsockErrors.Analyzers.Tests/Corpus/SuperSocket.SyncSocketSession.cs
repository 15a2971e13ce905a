// Source: kerryjiang/SuperSocket, SocketEngine/SyncSocketSession.cs, commit 5af2d9c98273b1921dc1a8d7b09d0274ed21f6fc
using System;
using System.IO;
using System.Net.Sockets;

class SyncSocketSession
{
    bool TryGetCommand(Func<string> readCommand)
    {
        try
        {
            return readCommand() != null;
        }
        catch (IOException ioe) when (ioe.InnerException is SocketException)
        {
            var se = (SocketException)ioe.InnerException;
            if (se.ErrorCode == 10004 // non-portable
                || se.ErrorCode == 10053 // non-portable
                || se.ErrorCode == 10054 // non-portable
                || se.ErrorCode == 10058) // non-portable
            {
                return false;
            }

            throw;
        }
    }

    void SendResponse(Stream stream, byte[] data)
    {
        try
        {
            stream.Write(data, 0, data.Length);
        }
        catch (Exception e) when (e.InnerException is SocketException)
        {
            var se = (SocketException)e.InnerException;
            if (se.ErrorCode == 10054) // non-portable
                Close("SocketError");
            else if (se.ErrorCode == 10053) // non-portable
                Close("ServerClosing");
        }
    }

    void Close(string reason) { }
}
