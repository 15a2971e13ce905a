namespace WinsockErrors.Tests.Docs;

/// <summary>The platforms whose errno numbers the pages show, in the order and with the names they show them.</summary>
internal static class ErrnoPlatformColumns
{
    public static IReadOnlyList<(string Name, ErrnoPlatform Platform)> All { get; } =
    [
        ("Linux", ErrnoPlatform.Linux),
        ("macOS", ErrnoPlatform.MacOS),
        ("FreeBSD", ErrnoPlatform.FreeBsd),
        ("Windows CRT", ErrnoPlatform.WindowsCrt),
    ];
}
