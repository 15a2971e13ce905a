// A netstandard2.0 class library built on the package.
using System.Net.Sockets;
using WinsockErrors;

namespace Consumer;

public static class ErrorText
{
    public static string Of(SocketException exception) => WsaErrors.Describe(exception);

    public static bool IsRetryable(int code) => WsaErrors.TryFind(code, out var info) && info.RetryAdvice == WsaRetryAdvice.Safe;
}
