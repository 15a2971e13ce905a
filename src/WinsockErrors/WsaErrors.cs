using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace WinsockErrors;

/// <summary>
/// Looks up Winsock error codes by number, by name, from text and from exceptions (wherever a
/// <see cref="System.Net.Sockets.SocketException"/> is wrapped), and explains them. Lookups by code and name are
/// O(1) and allocation-free, and no lookup throws for input it does not know.
/// </summary>
/// <remarks>The table behind it is generated at compile time from the project's data file; nothing is parsed at run time.</remarks>
public static partial class WsaErrors
{
    /// <summary>Every known code, ordered by value (NO_ERROR first).</summary>
    public static IReadOnlyList<WsaErrorInfo> All { get; } = new WsaErrorList();

    /// <summary>Finds the entry for a Winsock code.</summary>
    /// <param name="code">A Winsock code such as 10054; see <see cref="Find(int)"/> for how other numbers are read.</param>
    /// <returns>The entry, or <see langword="null"/> when the code is unknown.</returns>
    /// <remarks>
    /// Winsock codes come first. On Linux and macOS a number that is not a Winsock code is then read as the
    /// platform's errno or as the name-resolution value .NET stores there, because that is what
    /// <see cref="System.Net.Sockets.SocketException.ErrorCode"/> holds on those systems (111 is ECONNREFUSED on
    /// Linux, so it finds WSAECONNREFUSED). Where the exception itself is at hand, prefer <see cref="Find(System.Net.Sockets.SocketException)"/>:
    /// it is exact on every OS.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WsaErrorInfo? Find(int code)
    {
        // A Winsock code met before is one array load away; a first meeting takes the slot table, other numbers go on.
        return CreatedEntryOfCode(code) ?? FindNotCreated(code);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WsaErrorInfo? FindNotCreated(int code)
    {
        var index = IndexOfCode(code);
        return index >= 0 ? EntryAt(index) : FindNotWinsockCode(code);
    }

    private static WsaErrorInfo? FindNotWinsockCode(int code)
    {
        var index = s_nativePlatform is { } unix ? IndexOfNativeCode(code, unix) : -1;
        return index < 0 ? null : EntryAt(index);
    }

    /// <summary>Finds the entry for a Winsock code; see <see cref="Find(int)"/>.</summary>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFind(int code, [NotNullWhen(true)] out WsaErrorInfo? info)
    {
        info = Find(code);
        return info is not null;
    }

    /// <summary>
    /// Finds the entry for a name: the macro name (<c>WSAECONNRESET</c>) or any alias (<c>WSANO_ADDRESS</c>,
    /// <c>HOST_NOT_FOUND</c>, <c>EAI_NONAME</c>, <c>ECONNRESET</c>), ignoring ASCII case and whatever the current culture is.
    /// </summary>
    /// <returns>The entry, or <see langword="null"/> for null, empty, padded or unknown text.</returns>
    /// <remarks>
    /// Only the names the headers define are read here, in one O(1) step. For anything else a user or a log may
    /// write (a number as text, an HRESULT, a <see cref="System.Net.Sockets.SocketError"/> name, an errno name),
    /// use <see cref="TryParse(string?, out WsaErrorInfo?)"/>.
    /// </remarks>
    // Stryker disable once Conditional : a null string is an empty span, which finds nothing too
    public static WsaErrorInfo? Find(string? name) => name is null ? null : Find(name.AsSpan());

    /// <inheritdoc cref="Find(string?)"/>
    public static WsaErrorInfo? Find(ReadOnlySpan<char> name)
    {
        var index = IndexOfName(name);
        return index < 0 ? null : EntryAt(index);
    }

    /// <summary>Finds the entry for a name or alias; see <see cref="Find(string?)"/>.</summary>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryFind(string? name, [NotNullWhen(true)] out WsaErrorInfo? info)
    {
        info = Find(name);
        return info is not null;
    }

    /// <inheritdoc cref="TryFind(string?, out WsaErrorInfo?)"/>
    public static bool TryFind(ReadOnlySpan<char> name, [NotNullWhen(true)] out WsaErrorInfo? info)
    {
        info = Find(name);
        return info is not null;
    }

    /// <summary>Gets the entry of a <see cref="WsaError"/> member.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is not a defined member.</exception>
    public static WsaErrorInfo Get(WsaError error) =>
        FindDefined(error) ?? throw new ArgumentOutOfRangeException(nameof(error), (int)error, $"{(int)error} is not a defined WsaError value.");

    /// <summary>Whether <paramref name="error"/> is a defined member (a cheaper <c>Enum.IsDefined</c>).</summary>
    public static bool IsDefined(WsaError error) => IndexOfCode((int)error) >= 0;

    /// <summary>The entry of a member, or <see langword="null"/> for an undefined value; the one lookup the enum helpers share.</summary>
    internal static WsaErrorInfo? FindDefined(WsaError error)
    {
        var index = IndexOfCode((int)error);
        return index >= 0 ? EntryAt(index) : null;
    }

    /// <summary>
    /// The one-line explanation, <c>WSAECONNRESET (10054): Connection reset by peer.</c>, or
    /// <c>Unknown Winsock error 12345 (0x3039).</c> Never throws, never <see langword="null"/>; numbers are read as
    /// <see cref="Find(int)"/> reads them.
    /// </summary>
    public static string Describe(int code) => Find(code)?.ToString() ?? DescribeUnknown(code);

    /// <summary>The one-line explanation of a member; an undefined value gives <c>Unknown Winsock error …</c>.</summary>
    public static string Describe(WsaError error) => FindDefined(error)?.ToString() ?? DescribeUnknown((int)error);

    /// <summary>
    /// Exactly the text Windows' <c>FormatMessage</c> returns for a Winsock code (en-US, no trailing line break), on
    /// every OS; for an unknown code <c>Unknown error (0x3039)</c>, as .NET on Windows says.
    /// </summary>
    /// <remarks>Only Winsock codes are read here, never a platform errno: the answer is the same on every OS.</remarks>
    public static string FormatMessage(int code)
    {
        var index = IndexOfCode(code);
        return index >= 0 ? EntryAt(index).Message : "Unknown error (0x" + code.ToString("x", CultureInfo.InvariantCulture) + ")";
    }
}
