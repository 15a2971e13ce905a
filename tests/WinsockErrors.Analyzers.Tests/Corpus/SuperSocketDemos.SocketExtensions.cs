// Source: wosledon/SuperSocket-Demos, src/SuperSocket.Channel/SocketExtensions.cs, commit 8eded58c13acbdf943f1e0ba824750a39e9563b6
using System.Net.Sockets;

static class SocketExtensions
{
    internal static bool IsIgnorableSocketException(this SocketException se)
    {
        if (se.ErrorCode == 89) // non-portable
            return true;
        if (se.ErrorCode == 125) // non-portable
            return true;
        if (se.ErrorCode == 104) // non-portable
            return true;
        if (se.ErrorCode == 54) // non-portable
            return true;
        if (se.ErrorCode == 10054) // non-portable
            return true;
        if (se.ErrorCode == 995) // non-portable
            return true;
        return false;
    }
}
