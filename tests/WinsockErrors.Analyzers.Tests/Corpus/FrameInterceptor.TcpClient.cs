// Source: przemoert/FrameInterceptor, Communication/TcpClient.cs (an earlier version than commit 314ef015560def78f58f39387712c6611b5d1b5d)
using System;
using System.Net.Sockets;

class TcpClientWrapper
{
    bool violatedByRemoteHost;
    bool violatedFromOutside;

    void StartTalking(Action readStreamData)
    {
        try
        {
            readStreamData();
        }
        catch (Exception ex)
        {
            if (ex.InnerException != null && ex.InnerException is SocketException s && s.ErrorCode == 10054) // non-portable
                violatedByRemoteHost = true;
            else
                violatedFromOutside = true;
        }
    }
}
