namespace WinsockErrors.Analyzers;

/// <summary>The analyzer's diagnostic IDs. <c>WSK</c>, not <c>WSA…</c>, so they cannot be read as Winsock names or as the generator's <c>WSAGEN</c> errors.</summary>
public static class RuleIds
{
    /// <summary>A <c>SocketException.ErrorCode</c> compared with a Winsock code.</summary>
    public const string ErrorCodeComparison = "WSK001";

    /// <summary>A <c>SocketException.ErrorCode</c> cast to <c>SocketError</c> or <c>WsaError</c>.</summary>
    public const string ErrorCodeCast = "WSK002";

    /// <summary>A <c>SocketException.ErrorCode</c> passed to a lookup that accepts the exception.</summary>
    public const string ErrorCodeArgument = "WSK003";

    /// <summary>A Winsock code written as a number where a <c>WsaError</c> member can name it.</summary>
    public const string WinsockNumber = "WSK004";

    /// <summary>An exception's <c>Message</c> compared with a socket error's text.</summary>
    public const string MessageText = "WSK005";
}
