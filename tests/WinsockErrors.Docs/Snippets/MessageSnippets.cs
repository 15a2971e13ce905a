using System;

namespace WinsockErrors.Docs.Snippets;

// docs/exceptions.md: reading a message, in any recorded language, from a log line.
internal static class MessageSnippets
{
    private static void FindByMessage(string logLine)
    {
        #region FindByMessage
        // "ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接。" or
        // "Socket error: [WinError 10054] Eine vorhandene Verbindung wurde vom Remotehost geschlossen"
        if (WsaErrors.TryFindByMessage(logLine, out var info))
        {
            Console.WriteLine(info); // WSAECONNRESET (10054): Connection reset by peer.
        }
        #endregion
    }

    private static void MatchMessage(string logLine)
    {
        #region MatchMessage
        // "java.io.IOException: 远程主机强迫关闭了一个现有的连接。"
        if (WsaErrors.TryMatchMessage(logLine, out var match))
        {
            var quoted = logLine.Substring(match.Index, match.Length); // 远程主机强迫关闭了一个现有的连接
            Console.WriteLine($"{match.Info.Name} ({match.Language}): {quoted}"); // WSAECONNRESET (zh-CN): …
        }
        #endregion
    }
}
