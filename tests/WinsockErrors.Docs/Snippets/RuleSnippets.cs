using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Xunit;

namespace WinsockErrors.Docs.Snippets;

// The analyzer rule pages (docs/rules): what each rule flags, and the code its fix writes.
// The "before" code is what the rules warn about; this project does not run the analyzers, so it compiles as is.
internal static class RuleSnippets
{
    private static void Wsk001Catches(SocketException e, Exception exception, Action connect)
    {
        #region WSK001Catches
        try { connect(); } catch (SocketException ex) when (ex.ErrorCode == 10054) { }  // == and !=, either side
        switch (e.ErrorCode) { case 10054: break; }                                    // switch statements
        var kind = e.NativeErrorCode switch { 10061 => "refused", _ => "other" };      // switch expressions
        if (e.ErrorCode is 10054 or 10053) { }                                         // is patterns, with or/and/not
        if (exception is SocketException { ErrorCode: 10061 }) { }                     // property patterns
        var same = e.ErrorCode.Equals(10054) || Equals(e.ErrorCode, 10054);            // Equals
        Assert.Equal((int)SocketError.ConnectionRefused, e.ErrorCode);                 // xunit Equal/NotEqual
        #endregion
    }

    private static void Wsk001Fix(Action connect)
    {
        #region WSK001Before
        try { connect(); }
        catch (SocketException e) when (e.ErrorCode == 10054) { /* reset */ }
        #endregion

        #region WSK001After
        try { connect(); }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset) { /* reset */ }
        #endregion
    }

    private static bool Wsk001FixWithoutSocketError(SocketException e)
    {
        #region WSK001AfterWithoutSocketError
        // before: e.ErrorCode == 10062 (WSAELOOP has no SocketError member)
        return e.ToWsaError() == WsaError.WSAELOOP;
        #endregion
    }

    private static void Wsk002Catches(SocketException e)
    {
        #region WSK002Catches
        var error = (SocketError)e.ErrorCode;
        if ((SocketError)e.NativeErrorCode == SocketError.TimedOut) { }
        switch ((WsaError)e.ErrorCode) { default: break; }
        #endregion
    }

    private static void Wsk003Catches(SocketException e, ILogger logger)
    {
        #region WSK003Catches
        logger.LogWarning("Failed: {Error}", WsaErrors.Describe(e.ErrorCode));
        var info = WsaErrors.Find(e.NativeErrorCode);
        #endregion
    }

    private static void Wsk004Catches(WsaError error, WsaErrorInfo info)
    {
        #region WSK004Catches
        var cast = (WsaError)10054;                  // a cast to WsaError, wherever it is
        var text = WsaErrors.Describe(10061);        // an argument of WsaErrors.Describe, Find or TryFind
        var found = WsaErrors.Find(10060);
        var isReset = (int)error == 10054;           // compared with a WsaError cast to int
        var isAlsoReset = info.Code == 10054;        // compared with WsaErrorInfo.Code
        #endregion
    }

    private static void Wsk001CatchesErrno(SocketException e)
    {
        #region WSK001CatchesErrno
        if (e.ErrorCode == 104) { }                                   // ECONNRESET on Linux
        if (e.NativeErrorCode == 111 || e.NativeErrorCode == 61) { }  // ECONNREFUSED on Linux, then on macOS
        if (e.ErrorCode is 995 or 10004) { }                          // WSA_OPERATION_ABORTED, a Win32 code
        #endregion
    }

    #region WSK001CatchesMember
    private sealed class Connection
    {
        private int lastError;

        public void Fail(SocketException e) => lastError = e.ErrorCode;

        public bool WasReset => lastError == 10054;
    }
    #endregion

    #region WSK002CatchesOwnEnum
    private enum WinsockError { WSAECONNRESET = 10054, WSAETIMEDOUT = 10060 }

    private static bool TimedOut(SocketException e) => (WinsockError)e.ErrorCode == WinsockError.WSAETIMEDOUT;
    #endregion

    private static bool Wsk002OwnEnumAfter(SocketException e)
    {
        #region WSK002OwnEnumAfter
        return (WinsockError)e.SocketErrorCode == WinsockError.WSAETIMEDOUT;
        #endregion
    }

    private static void Wsk005Catches(SocketException e, IOException io, HttpRequestException http)
    {
        #region WSK005Catches
        if (e.Message.Contains("forcibly closed")) { }                       // Contains, EndsWith
        if (io.Message.StartsWith("Connection reset by peer", StringComparison.Ordinal)) { }  // and IndexOf(…) >= 0
        if (http.Message == "No such host is known.") { }                    // ==, !=, Equals, string.Equals
        if (Regex.IsMatch(e.Message, "actively refused|timed out")) { }      // Regex.IsMatch
        switch (e.Message) { case "Connection refused": break; }             // switch, is patterns
        if (e.InnerException?.Message.Contains("no route to host", StringComparison.OrdinalIgnoreCase) == true) { }
        #endregion
    }

    private static void Wsk005Fix(Action connect)
    {
        try { connect(); }
        #region WSK005Before
        catch (SocketException e) when (e.Message.Contains("forcibly closed")) { /* reset */ }
        #endregion

        try { connect(); }
        #region WSK005After
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset) { /* reset */ }
        #endregion
    }

    private static bool Wsk005FixOtherException(IOException io)
    {
        #region WSK005AfterOtherException
        // before: io.Message.Contains("Connection reset by peer")
        return io.ToWsaError() == WsaError.WSAECONNRESET;
        #endregion
    }
}
