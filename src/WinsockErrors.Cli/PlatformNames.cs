using System;

namespace WinsockErrors.Cli;

/// <summary>The names <c>--os</c> accepts, and how cards name each platform.</summary>
internal static class PlatformNames
{
    /// <summary>The values of <c>--os</c>, in the order help lists them.</summary>
    public static readonly string[] Values = ["linux", "macos", "freebsd", "windows-crt"];

    /// <summary>Every platform, in the order cards list errno numbers.</summary>
    public static readonly ErrnoPlatform[] All = [ErrnoPlatform.Linux, ErrnoPlatform.MacOS, ErrnoPlatform.FreeBsd, ErrnoPlatform.WindowsCrt];

    /// <summary>Reads an <c>--os</c> value, ignoring case.</summary>
    public static bool TryParse(string text, out ErrnoPlatform platform)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (string.Equals(text, Values[i], StringComparison.OrdinalIgnoreCase))
            {
                platform = All[i];
                return true;
            }
        }

        platform = default;
        return false;
    }

    /// <summary>The <c>--os</c> value of a platform.</summary>
    public static string OptionValue(ErrnoPlatform platform) => Values[Array.IndexOf(All, platform)];

    /// <summary>The platform's name for people: Linux, macOS, FreeBSD, Windows CRT.</summary>
    public static string Display(ErrnoPlatform platform) => platform switch
    {
        ErrnoPlatform.Linux => "Linux",
        ErrnoPlatform.MacOS => "macOS",
        ErrnoPlatform.FreeBsd => "FreeBSD",
        _ => "Windows CRT",
    };

    /// <summary>The platform errno numbers are read for when <c>--os</c> is not given: this OS, or Linux on Windows.</summary>
    public static ErrnoPlatform Default => WsaErrors.NativePlatform ?? ErrnoPlatform.Linux;
}
