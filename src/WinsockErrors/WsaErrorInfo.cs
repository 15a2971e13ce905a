using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Sockets;

namespace WinsockErrors;

/// <summary>Everything known about one Winsock error code. Instances come from <see cref="WsaErrors"/> and never change.</summary>
/// <remarks>
/// <see cref="ToString()"/> gives the one-line form <c>WSAECONNRESET (10054): Connection reset by peer.</c>; the
/// format strings of <see cref="ToString(string?, IFormatProvider?)"/> give single fields for logs.
/// </remarks>
public sealed partial record WsaErrorInfo
{
    private readonly string _oneLine;

    internal WsaErrorInfo(
        WsaError error,
        string name,
        string title,
        string description,
        string message,
        WsaErrorCategory category,
        string[] aliases,
        PosixErrno[] errno,
        SocketError? socketError,
        int hResult,
        bool isTransient,
        bool isTimeout,
        string oneLine)
    {
        Error = error;
        Name = name;
        Title = title;
        Description = description;
        Message = message;
        Category = category;
        Aliases = Array.AsReadOnly(aliases);
        Errno = Array.AsReadOnly(errno);
        SocketError = socketError;
        HResult = hResult;
        IsTransient = isTransient;
        IsTimeout = isTimeout;
        _oneLine = oneLine;
    }

    /// <summary>The code as a <see cref="WsaError"/> member.</summary>
    public WsaError Error { get; }

    /// <summary>The numeric code, as <c>WSAGetLastError</c> returns it (10054).</summary>
    public int Code => (int)Error;

    /// <summary>The Windows SDK macro name (<c>WSAECONNRESET</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// The short text that follows the code in Microsoft's <i>Windows Sockets Error Codes</i> list ("Connection reset
    /// by peer."). For NO_ERROR, WSA_SECURE_HOST_NOT_FOUND and WSA_IPSEC_NAME_POLICY_ERROR, which the list lacks, the
    /// system message.
    /// </summary>
    public string Title { get; }

    /// <summary>The explanation from Microsoft's list, word for word; empty for the codes the list lacks.</summary>
    public string Description { get; }

    /// <summary>The text Windows' <c>FormatMessage</c> returns for the code (en-US), without the trailing line break.</summary>
    public string Message { get; }

    /// <summary>The family the code belongs to.</summary>
    public WsaErrorCategory Category { get; }

    /// <summary>
    /// Other names for the same code that the Windows SDK and mingw-w64 headers define: WSANO_ADDRESS, the h_errno
    /// names (HOST_NOT_FOUND), the getaddrinfo names (EAI_NONAME), the BSD errno names winsock2.h documents (ECONNRESET).
    /// </summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// The POSIX errno values that stand for this code, with their numbers per platform; the first is the one
    /// winsock2.h pairs with it. Empty when no errno corresponds.
    /// </summary>
    public IReadOnlyList<PosixErrno> Errno { get; }

    /// <summary>The <see cref="System.Net.Sockets.SocketError"/> member with the same value, or <see langword="null"/> where .NET has none.</summary>
    public SocketError? SocketError { get; }

    /// <summary>The code as an HRESULT (HRESULT_FROM_WIN32): 10054 gives <c>unchecked((int)0x80072746)</c>; NO_ERROR gives 0.</summary>
    public int HResult { get; }

    /// <summary>
    /// Whether retrying the same operation later can succeed. Follows Go's <c>syscall.Errno.Temporary()</c> for the
    /// errno paired with the code (EINTR, EMFILE/ENFILE, EAGAIN/EWOULDBLOCK, ETIMEDOUT), applied to the Winsock
    /// code itself, plus WSATRY_AGAIN (EAI_AGAIN, which Go's <c>net.DNSError</c> marks temporary).
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>Whether the code means an operation ran out of time or could not complete yet (Go's <c>Errno.Timeout()</c>: EAGAIN/EWOULDBLOCK, ETIMEDOUT).</summary>
    public bool IsTimeout { get; }

    /// <summary>The first POSIX errno name paired with the code (<c>ECONNRESET</c>), or <see langword="null"/>.</summary>
    public string? PosixName => Errno.Count == 0 ? null : Errno[0].Name;

    /// <summary>The one-line form: <c>WSAECONNRESET (10054): Connection reset by peer.</c></summary>
    public override string ToString() => _oneLine;
}
