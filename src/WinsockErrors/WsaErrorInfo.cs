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
        bool isTransient,
        bool isTimeout,
        WsaRetryAdvice retryAdvice,
        string retryReason,
        string errorType)
    {
        Error = error;
        Name = name;
        // The one rule for a missing title: Microsoft's list lacks a few codes, and their system message stands in.
        HasListTitle = title.Length > 0;
        Title = HasListTitle ? title : message;
        Description = description;
        Message = message;
        Category = category;
        Aliases = Array.AsReadOnly(aliases);
        Errno = Array.AsReadOnly(errno);
        SocketError = socketError;
#pragma warning disable CS0618 // the obsolete property keeps its value for the code that still reads it
        IsTransient = isTransient;
#pragma warning restore CS0618
        IsTimeout = isTimeout;
        RetryAdvice = retryAdvice;
        RetryReason = retryReason;
        ErrorType = errorType;
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

    /// <summary>
    /// Whether <see cref="Title"/> comes from Microsoft's list; <see langword="false"/> for the codes the list lacks,
    /// whose <see cref="Title"/> is their <see cref="Message"/>.
    /// </summary>
    public bool HasListTitle { get; }

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
    public int HResult => WsaErrors.ToHResult(Code);

    /// <summary>
    /// Whether retrying the same operation later can succeed, by Go's <c>syscall.Errno.Temporary()</c> for the errno
    /// paired with the code (EINTR, EMFILE/ENFILE, EAGAIN/EWOULDBLOCK, ETIMEDOUT) plus WSATRY_AGAIN. Go deprecated that
    /// rule as ill-defined, and it calls a refused or reset connection not transient.
    /// </summary>
    [Obsolete("IsTransient follows Go's deprecated Errno.Temporary() and cannot drive a retry. Use RetryAdvice, or WsaErrors.ShouldRetry(exception, idempotent).")]
    public bool IsTransient { get; }

    /// <summary>Whether the code means an operation ran out of time or could not complete yet (Go's <c>Errno.Timeout()</c>: EAGAIN/EWOULDBLOCK, ETIMEDOUT).</summary>
    public bool IsTimeout { get; }

    /// <summary>
    /// Whether the failed operation may be tried again: <see cref="WsaRetryAdvice.Safe"/> when nothing reached the
    /// peer, <see cref="WsaRetryAdvice.IfIdempotent"/> when work may have reached it,
    /// <see cref="WsaRetryAdvice.AfterDelay"/> when a local resource ran out, else <see cref="WsaRetryAdvice.Never"/>.
    /// </summary>
    /// <remarks>
    /// This is the code's advice whatever the phase. <see cref="WsaErrors.GetRetryAdvice(Exception)"/> refines it from
    /// an exception that says the connection was never made.
    /// </remarks>
    public WsaRetryAdvice RetryAdvice { get; }

    /// <summary>Why the code has its <see cref="RetryAdvice"/>, in one sentence, reasoned from the code's documented meaning.</summary>
    public string RetryReason { get; }

    /// <summary>
    /// The value for OpenTelemetry's <c>error.type</c> attribute: .NET's <see cref="System.Net.Sockets.SocketError"/>
    /// name in snake_case where a member exists (<c>connection_reset</c>, <c>timed_out</c>, <c>host_not_found</c>), as
    /// .NET's own socket and DNS telemetry writes it; otherwise the Windows SDK name in lower case
    /// (<c>wsaeproclim</c>, <c>wsa_qos_receivers</c>). Stable across versions.
    /// </summary>
    public string ErrorType { get; }

    /// <summary>The first POSIX errno name paired with the code (<c>ECONNRESET</c>), or <see langword="null"/>.</summary>
    public string? PosixName => Errno.Count == 0 ? null : Errno[0].Name;

    /// <summary>
    /// Whether the headers give this code the name <paramref name="name"/>: its macro name, one of its
    /// <see cref="Aliases"/>, or an errno winsock2.h pairs with it (ECONNRESET for WSAECONNRESET; not EPIPE, which only
    /// .NET maps to WSAESHUTDOWN). ASCII case is ignored.
    /// </summary>
    public bool IsHeaderName(ReadOnlySpan<char> name)
    {
        if (WsaErrors.Find(name) is { } named && named.Error == Error)
        {
            return true;
        }

        foreach (var errno in Errno)
        {
            if (errno.IsWinsockPair && AsciiText.EqualsIgnoreCase(name, errno.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one-line form: <c>WSAECONNRESET (10054): Connection reset by peer.</c></summary>
    /// <remarks>Built the first time it is asked for, then kept, as the entry itself is.</remarks>
    public override string ToString() => WsaErrors.OneLine(this);
}
