using System;
using System.Collections.Generic;
using System.Net.Sockets;

namespace WinsockErrors.Benchmarks;

/// <summary>A stand-in for <see cref="WsaErrorInfo"/> with the same constructor and the same work in it, for the table experiment.</summary>
internal sealed class TableEntry
{
    public TableEntry(
        WsaError error,
        string name,
        string title,
        string description,
        string message,
        WsaErrorCategory category,
        string[] aliases,
        TableErrno[] errno,
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
        OneLine = oneLine;
    }

    public WsaError Error { get; }

    public string Name { get; }

    public string Title { get; }

    public string Description { get; }

    public string Message { get; }

    public WsaErrorCategory Category { get; }

    public IReadOnlyList<string> Aliases { get; }

    public IReadOnlyList<TableErrno> Errno { get; }

    public SocketError? SocketError { get; }

    public int HResult { get; }

    public bool IsTransient { get; }

    public bool IsTimeout { get; }

    public string OneLine { get; }
}
