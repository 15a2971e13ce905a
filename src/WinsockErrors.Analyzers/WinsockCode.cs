namespace WinsockErrors.Analyzers;

/// <summary>One Winsock code as the compilation knows it: its <c>WsaError</c> member and the <c>SocketError</c> member with the same value, if .NET has one.</summary>
internal sealed record WinsockCode(int Value, string WsaErrorName, string? SocketErrorName);
