using System;
using System.Net.Sockets;
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
}
