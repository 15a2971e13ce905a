// A socket-error check that works only on Windows: the packed analyzers must flag it with WSK001.
using System.Net.Sockets;

try { throw new SocketException(10054); }
catch (SocketException e) when (e.ErrorCode == 10054) { System.Console.WriteLine("reset"); }
