// Source: basespace/TerminalVelocity, src/TerminalVelocity.Sharp/SocketErrorCodes.cs
enum SocketErrorCodes
{
    InterruptedFunctionCall = 10004,
    ConnectionAborted = 10053,
    ConnectionResetByPeer = 10054,
    ConnectionTimedOut = 10060,
}

static class SocketErrorCodeExtensions
{
    // An enum value the caller already has: nothing here reads SocketException.ErrorCode.
    public static bool RecoverableErrors(this SocketErrorCodes source)
    {
        switch (source) // look-alike
        {
            case SocketErrorCodes.InterruptedFunctionCall:
            case SocketErrorCodes.ConnectionAborted:
            case SocketErrorCodes.ConnectionResetByPeer:
            case SocketErrorCodes.ConnectionTimedOut:
                return true;
            default:
                return false;
        }
    }
}
