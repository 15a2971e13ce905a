// Socket-error checks that work only on Windows: the packed analyzers must flag them with WSK001 and WSK005.
using System.Net.Sockets;

try { throw new SocketException(10054); }
catch (SocketException e) when (e.ErrorCode == 10054) { System.Console.WriteLine("reset"); }
catch (SocketException e) when (e.Message.Contains("forcibly closed")) { System.Console.WriteLine("reset"); }
