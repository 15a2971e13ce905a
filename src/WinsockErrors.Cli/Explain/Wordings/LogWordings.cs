using System;
using System.Collections.Generic;
using System.IO;

namespace WinsockErrors.Cli.Explain;

/// <summary>The log wordings, read once from the copy of <c>data/log-wordings.json</c> embedded in the tool.</summary>
internal static class LogWordings
{
    /// <summary>The name the data file is embedded under.</summary>
    public const string ResourceName = "log-wordings.json";

    private static readonly Lazy<LogWordingsFile> s_file = new(Load);
    private static readonly Lazy<HashSet<int>> s_shared = new(() => [.. s_file.Value.SharedWithFileSystems.Codes]);

    /// <summary>The whole file.</summary>
    public static LogWordingsFile File => s_file.Value;

    /// <summary>Whether file systems report the errno of <paramref name="code"/> too, so that its errno evidence needs a line about the network.</summary>
    public static bool IsSharedWithFileSystems(int code) => s_shared.Value.Contains(code);

    /// <summary>Reads a wordings file; a malformed one is a bug in the build, so it throws.</summary>
    public static LogWordingsFile Read(Stream json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, LogWordingsJson.Default.LogWordingsFile)
        ?? throw new InvalidDataException(ResourceName + " is empty");

    private static LogWordingsFile Load()
    {
        using var stream = typeof(LogWordings).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded in the tool");
        return Read(stream);
    }
}
