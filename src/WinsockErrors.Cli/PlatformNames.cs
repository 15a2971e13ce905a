namespace WinsockErrors.Cli;

/// <summary>The platform the tool reads errno numbers for; the names themselves come from <see cref="ErrnoPlatforms"/>.</summary>
internal static class PlatformNames
{
    /// <summary>The platform errno numbers are read for when <c>--os</c> is not given: this OS, or Linux on Windows.</summary>
    public static ErrnoPlatform Default => WsaErrors.NativePlatform ?? ErrnoPlatform.Linux;
}
