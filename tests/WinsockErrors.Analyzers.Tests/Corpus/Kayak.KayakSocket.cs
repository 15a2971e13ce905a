// Source: kayakhttp/kayak, Kayak/KayakSocket.cs, commit 9e2e4a2d4b039915841e2a56088f431c93c9d1a2
using System;
using System.Net.Sockets;

class KayakSocket
{
    void HandleSocketException(SocketException e)
    {
        if (e.ErrorCode == 10053 // non-portable
            || e.ErrorCode == 10054) // non-portable
        {
            RaiseEnd();
            return;
        }

        throw new Exception("SocketException while reading.", e);
    }

    void RaiseEnd() { }
}
