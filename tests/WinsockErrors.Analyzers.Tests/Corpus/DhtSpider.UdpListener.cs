// Source: zhangkong828/DHTSpider, DHTSpider.Test/Listeners/UdpListener.cs, commit 99b9298ddb506ae6e3a6d51ca414f6c74cfb6288
using System;
using System.Net.Sockets;

class UdpListener
{
    UdpClient client = new();

    void EndReceive(IAsyncResult result)
    {
        try
        {
            client.BeginReceive(EndReceive, null);
        }
        catch (SocketException ex)
        {
            if (ex.ErrorCode == 10054) // non-portable
            {
                try
                {
                    client.BeginReceive(EndReceive, null);
                }
                catch (SocketException e)
                {
                    if (e.ErrorCode != 10054) // non-portable
                        return;
                }
            }
        }
    }
}
