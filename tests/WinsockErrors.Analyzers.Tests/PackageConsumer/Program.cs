using System;
using System.Net;
using System.Net.Sockets;
using WinsockErrors;

// Built against the packed WinsockErrors package: each rule fires once, then the fixes make the reset portable.
using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
listener.Listen(1);

using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
client.Connect(listener.LocalEndPoint!);
using (var accepted = listener.Accept())
{
    // Linger 0 closes with a reset instead of a graceful shutdown.
    accepted.LingerState = new LingerOption(true, 0);
    accepted.Close();
}

try
{
    client.Receive(new byte[16]);
    Console.WriteLine("no exception");
}
catch (SocketException e) when (e.ErrorCode == 10054)
{
    Console.WriteLine("detected reset: " + (SocketError)e.ErrorCode + ", " + WsaErrors.Describe(e.ErrorCode));
}
catch (SocketException e)
{
    Console.WriteLine("reset not detected: " + e.SocketErrorCode + ", " + e.ErrorCode + ", " + WsaErrors.Describe(10054));
}
