// Source: GabrielBergoeing/unity-bloom-n-doom, Assets/Scripts/PersonalizedTransport.cs, commit ad50ba00239794e7b3c4b2a7441db15b707ba47a
using System;
using System.Net;
using System.Net.Sockets;

class PersonalizedTransport
{
    UdpClient? server;

    public string ClientConnect(string address)
    {
        if (address.ToLower() == "localhost") address = "127.0.0.1"; // look-alike
        return address;
    }

    public void ServerEarlyUpdate()
    {
        try
        {
            var sender = new IPEndPoint(IPAddress.Any, 0);
            server!.Receive(ref sender);
        }
        catch (SocketException ex)
        {
            if (ex.NativeErrorCode == 10054) // non-portable
                return;
            Console.WriteLine(ex.Message);
        }
    }
}
