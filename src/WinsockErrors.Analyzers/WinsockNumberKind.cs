namespace WinsockErrors.Analyzers;

/// <summary>What a Winsock number written as a literal is used as; each has its own fix.</summary>
internal enum WinsockNumberKind
{
    /// <summary><c>(WsaError)10054</c>: becomes <c>WsaError.WSAECONNRESET</c>.</summary>
    Cast,

    /// <summary><c>WsaErrors.Describe(10054)</c>: becomes <c>Describe(WsaError.WSAECONNRESET)</c>.</summary>
    DescribeArgument,

    /// <summary><c>WsaErrors.Find(10054)</c>: becomes <c>WsaErrors.Get(WsaError.WSAECONNRESET)</c>.</summary>
    FindArgument,

    /// <summary><c>WsaErrors.TryFind(10054, out …)</c>: becomes <c>TryFind((int)WsaError.WSAECONNRESET, out …)</c>.</summary>
    TryFindArgument,

    /// <summary><c>(int)error == 10054</c> or <c>info.Code == 10054</c>: becomes <c>error == WsaError.WSAECONNRESET</c> or <c>info.Error == …</c>.</summary>
    Compared,
}
