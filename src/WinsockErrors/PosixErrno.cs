namespace WinsockErrors;

/// <summary>
/// A POSIX errno that stands for a Winsock code, with its number on each platform (<see langword="null"/> where the
/// platform does not define it).
/// </summary>
public sealed record PosixErrno
{
    internal PosixErrno(string name, int? linux, int? macOS, int? freeBsd, int? windowsCrt, bool isWinsockPair)
    {
        Name = name;
        Linux = linux;
        MacOS = macOS;
        FreeBsd = freeBsd;
        WindowsCrt = windowsCrt;
        IsWinsockPair = isWinsockPair;
    }

    /// <summary>The errno macro name, for example <c>ECONNRESET</c>.</summary>
    public string Name { get; }

    /// <summary>The number on Linux (asm-generic: x64, arm64, arm, riscv64 and the rest).</summary>
    public int? Linux { get; }

    /// <summary>The number on macOS and iOS (xnu).</summary>
    public int? MacOS { get; }

    /// <summary>The number on FreeBSD.</summary>
    public int? FreeBsd { get; }

    /// <summary>The number in the Windows C runtime's errno.h (what <c>_errno()</c> returns, not a Winsock code).</summary>
    public int? WindowsCrt { get; }

    /// <summary>
    /// <see langword="true"/> when winsock2.h pairs this errno name with the code (WSAE* = 10000 + the BSD number);
    /// <see langword="false"/> when only .NET maps it there (for example EAGAIN to WSAEWOULDBLOCK, EPIPE to WSAESHUTDOWN).
    /// </summary>
    public bool IsWinsockPair { get; }

    /// <summary>The number on <paramref name="platform"/>, or <see langword="null"/> where it has none.</summary>
    public int? On(ErrnoPlatform platform) => platform switch
    {
        ErrnoPlatform.Linux => Linux,
        ErrnoPlatform.MacOS => MacOS,
        ErrnoPlatform.FreeBsd => FreeBsd,
        ErrnoPlatform.WindowsCrt => WindowsCrt,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
