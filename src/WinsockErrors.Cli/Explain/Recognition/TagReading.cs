namespace WinsockErrors.Cli.Explain;

/// <summary>How the number after a tag word is read.</summary>
internal enum TagReading
{
    /// <summary>A Winsock code or an HRESULT only: WinError 10054, HRESULT 0x80072746.</summary>
    Code,

    /// <summary>An errno of the platform below <see cref="WinsockRange.First"/>, a Winsock code from there up (Python on Windows prints "errno 10054").</summary>
    Errno,

    /// <summary>
    /// A Winsock code, else a native error code of the platform: .NET's SocketException and Rust's "os error" print the
    /// errno there on Linux and macOS ("SocketException (111): Connection refused").
    /// </summary>
    NativeCode,
}
