using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WinsockErrors.Tests;

/// <summary>The reference copies under Reference/, parsed independently of the generator.</summary>
internal static partial class ReferenceDocument
{
    public static readonly IReadOnlyList<SeedEntry> Seed = ParseSeed();

    public static JsonElement SystemMessages => Load("system-messages.json").GetProperty("messages");

    public static JsonElement Constants => Load("winsock-constants.json");

    public static JsonElement Errno => Load("errno.json").GetProperty("errno");

    public static JsonElement DataFile => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "winsock-errors.json"))).RootElement;

    private static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", name))).RootElement;

    /// <summary>Entries are "NAME CODE Title. Description…", one after another, after the table header.</summary>
    private static List<SeedEntry> ParseSeed()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "windows-sockets-error-codes.txt"));
        var body = text[(text.IndexOf("Return code/value Description", StringComparison.Ordinal) + "Return code/value Description".Length)..];
        var matches = EntryStart().Matches(body);
        var entries = new List<SeedEntry>();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : body.Length;
            var rest = Normalize(body[(matches[i].Index + matches[i].Length)..end]);
            var split = rest.IndexOf(". ", StringComparison.Ordinal);
            var title = split < 0 ? rest : rest[..(split + 1)];
            var description = split < 0 ? string.Empty : rest[(split + 2)..];
            entries.Add(new SeedEntry(matches[i].Groups[1].Value, int.Parse(matches[i].Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), title, description));
        }

        return entries;
    }

    public static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?<=\s|^)(WSA[A-Z_]*) (\d+) ")]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

internal sealed record SeedEntry(string Name, int Code, string Title, string Description);
