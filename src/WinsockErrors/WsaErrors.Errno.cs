using System;
using System.Runtime.InteropServices;

namespace WinsockErrors;

public static partial class WsaErrors
{
    /// <summary>
    /// What .NET on Linux and macOS stores in <see cref="System.Net.Sockets.SocketException.ErrorCode"/> when a host
    /// name is not found (-131073): the runtime's own EHOSTNOTFOUND, -(0x20001). It means WSAHOST_NOT_FOUND, and
    /// <see cref="Find(int)"/> reads it so there.
    /// </summary>
    public const int DotNetHostNotFoundErrorCode = -0x20001;

    private static readonly ErrnoPlatform? s_nativePlatform = DetectNativePlatform();

    /// <summary>
    /// The platform whose errno numbers <see cref="System.Net.Sockets.SocketException.ErrorCode"/> carries on this
    /// machine, or <see langword="null"/> on Windows, where it carries Winsock codes.
    /// </summary>
    public static ErrnoPlatform? NativePlatform => s_nativePlatform;

    /// <summary>Finds the Winsock code that stands for a POSIX errno of the OS this process runs on.</summary>
    /// <returns>The entry, or <see langword="null"/> on Windows or for an errno with no Winsock counterpart.</returns>
    /// <remarks>EAGAIN and EWOULDBLOCK are one number on Linux, macOS and FreeBSD; it gives WSAEWOULDBLOCK.</remarks>
    public static WsaErrorInfo? FromErrno(int errno) => s_nativePlatform is { } platform ? FromErrno(errno, platform) : null;

    /// <summary>Finds the Winsock code that stands for errno <paramref name="errno"/> of <paramref name="platform"/>.</summary>
    /// <returns>The entry, or <see langword="null"/> for an errno with no Winsock counterpart there.</returns>
    /// <remarks>
    /// The errno that winsock2.h pairs with a code wins (ESHUTDOWN gives WSAESHUTDOWN); errno values it does not pair
    /// follow .NET's own mapping (EAGAIN gives WSAEWOULDBLOCK, EPIPE WSAESHUTDOWN, ECANCELED WSA_OPERATION_ABORTED).
    /// </remarks>
    public static WsaErrorInfo? FromErrno(int errno, ErrnoPlatform platform)
    {
        var index = IndexOfErrno(errno, platform);
        return index < 0 ? null : EntryAt(index);
    }

    private static int IndexOfErrno(int errno, ErrnoPlatform platform) => platform switch
    {
        ErrnoPlatform.Linux => IndexOfLinuxErrno(errno),
        ErrnoPlatform.MacOS => IndexOfMacOSErrno(errno),
        ErrnoPlatform.FreeBsd => IndexOfFreeBsdErrno(errno),
        ErrnoPlatform.WindowsCrt => IndexOfWindowsCrtErrno(errno),
        _ => -1,
    };

    /// <summary>Reads a number that is not a Winsock code as this OS's <see cref="System.Net.Sockets.SocketException.ErrorCode"/>.</summary>
    private static int IndexOfNativeCode(int code)
    {
        if (s_nativePlatform is not { } platform || code == 0)
        {
            return -1;
        }

        return code == DotNetHostNotFoundErrorCode ? IndexOfCode((int)WsaError.WSAHOST_NOT_FOUND) : IndexOfErrno(code, platform);
    }

    private static ErrnoPlatform? DetectNativePlatform()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return null;
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX) || RuntimeInformation.IsOSPlatform(OSPlatform.Create("IOS"))
            || RuntimeInformation.IsOSPlatform(OSPlatform.Create("TVOS")) || RuntimeInformation.IsOSPlatform(OSPlatform.Create("MACCATALYST")))
        {
            return ErrnoPlatform.MacOS;
        }

        return RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD")) ? ErrnoPlatform.FreeBsd : ErrnoPlatform.Linux;
    }
}
