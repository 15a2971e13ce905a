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
        // Stryker disable once Equality : entry 0 is NO_ERROR, which no errno maps to
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

    /// <summary>
    /// Reads a <see cref="System.Net.Sockets.SocketException.ErrorCode"/> (or <c>NativeErrorCode</c>) as .NET fills it
    /// on <paramref name="platform"/>: a Winsock code, else <see cref="DotNetHostNotFoundErrorCode"/>, else the
    /// platform's errno (see <see cref="FromErrno(int, ErrnoPlatform)"/>). Use it for a number logged on another
    /// machine: <c>SocketException (111)</c> from Linux is WSAECONNREFUSED, (54) from macOS WSAECONNRESET.
    /// </summary>
    /// <param name="nativeErrorCode">The number the exception carried.</param>
    /// <param name="platform">The OS the exception was thrown on; <see langword="null"/> for Windows, where it is a Winsock code.</param>
    /// <returns>The entry, or <see langword="null"/> when the number means nothing there.</returns>
    /// <remarks><see cref="Find(int)"/> is this with <see cref="NativePlatform"/>.</remarks>
    public static WsaErrorInfo? FindNativeErrorCode(int nativeErrorCode, ErrnoPlatform? platform)
    {
        var index = IndexOfCode(nativeErrorCode);
        if (index < 0 && platform is { } unix)
        {
            index = IndexOfNativeCode(nativeErrorCode, unix);
        }

        return index < 0 ? null : EntryAt(index);
    }

    /// <summary>Reads a number that is not a Winsock code as <see cref="System.Net.Sockets.SocketException.ErrorCode"/> of a Unix platform.</summary>
    private static int IndexOfNativeCode(int code, ErrnoPlatform platform)
    {
        var index = IndexOfDotNetCode(code);
        // Stryker disable once Equality : IndexOfDotNetCode never gives entry 0 (NO_ERROR)
        return index < 0 ? IndexOfErrno(code, platform) : index;
    }

    /// <summary>The entry of a value .NET itself stores in <see cref="System.Net.Sockets.SocketException.ErrorCode"/>: <see cref="DotNetHostNotFoundErrorCode"/>.</summary>
    private static int IndexOfDotNetCode(int code) =>
        code == DotNetHostNotFoundErrorCode ? IndexOfCode((int)WsaError.WSAHOST_NOT_FOUND) : -1;

    // Stryker disable all : which branch runs depends on the OS the tests run on; each OS's CI job checks its own
    // (TestRuntimeTests and the real-socket tests compare NativePlatform with the errno the OS really gives)
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
    // Stryker restore all
}
