using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace WinsockErrors;

/// <summary>
/// The platforms whose errno numbers the library knows, and their one name each: <c>linux</c>, <c>macos</c>,
/// <c>freebsd</c>, <c>windows-crt</c>. The data file keys its errno numbers by these names, and <c>wsaerr --os</c>
/// reads them.
/// </summary>
public static class ErrnoPlatforms
{
    private static readonly ErrnoPlatform[] s_all = { ErrnoPlatform.Linux, ErrnoPlatform.MacOS, ErrnoPlatform.FreeBsd, ErrnoPlatform.WindowsCrt };

    /// <summary>Every platform, in the order errno numbers are listed: Linux, macOS, FreeBSD, Windows CRT.</summary>
    public static IReadOnlyList<ErrnoPlatform> All { get; } = Array.AsReadOnly(s_all);

    /// <summary>The platform's name: <c>linux</c>, <c>macos</c>, <c>freebsd</c> or <c>windows-crt</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="platform"/> is not a defined member.</exception>
    public static string GetName(this ErrnoPlatform platform) => platform switch
    {
        ErrnoPlatform.Linux => "linux",
        ErrnoPlatform.MacOS => "macos",
        ErrnoPlatform.FreeBsd => "freebsd",
        ErrnoPlatform.WindowsCrt => "windows-crt",
        _ => throw Undefined(platform),
    };

    /// <summary>The platform's name for people: Linux, macOS, FreeBSD, Windows CRT.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="platform"/> is not a defined member.</exception>
    public static string GetDisplayName(this ErrnoPlatform platform) => platform switch
    {
        ErrnoPlatform.Linux => "Linux",
        ErrnoPlatform.MacOS => "macOS",
        ErrnoPlatform.FreeBsd => "FreeBSD",
        ErrnoPlatform.WindowsCrt => "Windows CRT",
        _ => throw Undefined(platform),
    };

    /// <summary>Reads a platform's name (see <see cref="GetName"/>), ignoring ASCII case.</summary>
    /// <returns><see langword="true"/> when <paramref name="name"/> is one of the names; nothing else is read, not even padding.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out ErrnoPlatform platform)
    {
        foreach (var candidate in s_all)
        {
            if (AsciiText.EqualsIgnoreCase(name, candidate.GetName()))
            {
                platform = candidate;
                return true;
            }
        }

        platform = default;
        return false;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out ErrnoPlatform)"/>
    public static bool TryParse([NotNullWhen(true)] string? name, out ErrnoPlatform platform) => TryParse(name.AsSpan(), out platform);

    private static ArgumentOutOfRangeException Undefined(ErrnoPlatform platform) =>
        new(nameof(platform), (int)platform, $"{(int)platform} is not a defined ErrnoPlatform value.");
}
