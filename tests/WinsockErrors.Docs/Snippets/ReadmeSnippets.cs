using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace WinsockErrors.Docs.Snippets;

// The front page's snippets (README.md): catch and describe, wrapped exceptions.
internal static class ReadmeSnippets
{
    #region ReadmeCatchAndDescribe
    public static async Task ConnectAsync(Socket socket, EndPoint endPoint, ILogger logger)
    {
        try
        {
            await socket.ConnectAsync(endPoint);
        }
        catch (SocketException e)
        {
            logger.LogWarning("Connect failed: {Error}", WsaErrors.Describe(e));
            // Linux, macOS and Windows alike: "WSAECONNREFUSED (10061): Connection refused."

            if (WsaErrors.ShouldRetry(e, idempotent: false))
            {
                // refused, unreachable, DNS "try again": nothing reached the peer, so even a payment may retry
            }
        }
    }
    #endregion

    #region ReadmeWrapped
    public static async Task GetAsync(HttpClient http, ILogger logger)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("http://127.0.0.1:1/"));
        }
        catch (HttpRequestException e) // or IOException, WebException, AggregateException: the library looks inside
        {
            logger.LogWarning("GET failed: {Error}", WsaErrors.Describe(e));
            // "WSAECONNREFUSED (10061): Connection refused."
        }
    }
    #endregion

    private static void Lookups()
    {
        #region ReadmeLookups
        WsaErrorInfo? reset = WsaErrors.Find(10054);           // by code
        WsaErrorInfo? same = WsaErrors.Find("econnreset");     // by name or alias, any case
        string message = WsaErrors.FormatMessage(10054);       // "An existing connection was forcibly closed by the remote host."
        if (WsaErrors.TryParse("0x80072746", out var parsed))  // any written form: HRESULT, errno name, SocketError name…
        {
            System.Console.WriteLine(parsed);                  // WSAECONNRESET (10054): Connection reset by peer.
        }
        #endregion
    }

    private static async Task PackageLibrary(Socket socket, EndPoint endPoint)
    {
        #region PackageLibrary
        try { await socket.ConnectAsync(endPoint); }
        catch (SocketException e)
        {
            Console.WriteLine(WsaErrors.Describe(e)); // WSAECONNREFUSED (10061): Connection refused.
            if (e.SocketErrorCode == SocketError.ConnectionRefused) { /* nothing listens there */ }
        }
        #endregion
    }
}
