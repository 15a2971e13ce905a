// A fresh console app: connects to a loopback port nobody listens on and describes the refusal.
using System;
using System.Net;
using System.Net.Sockets;
using WinsockErrors;

var listener = new TcpListener(IPAddress.Loopback, 0);
listener.Start();
var port = ((IPEndPoint)listener.LocalEndpoint).Port;
listener.Stop();

using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
try
{
    socket.Connect(IPAddress.Loopback, port);
    Console.WriteLine($"connected to 127.0.0.1:{port}, which should have refused");
    return 1;
}
catch (SocketException e)
{
    Console.WriteLine(WsaErrors.Describe(e));
    Console.WriteLine($"runtime {Environment.Version}");
    return WsaErrors.Find(e)?.Error == WsaError.WSAECONNREFUSED ? 0 : 1;
}
