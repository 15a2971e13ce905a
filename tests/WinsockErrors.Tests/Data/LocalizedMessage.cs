using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace WinsockErrors.Tests.Data;

/// <summary>
/// An entry of <c>data/localized-messages.json</c>: a Winsock message as a program printed it in another language
/// (kind windows), in a runtime's own table (kind runtime) or as English a person wrote from it (kind back-translation).
/// </summary>
internal sealed record LocalizedMessage(
    int Code,
    string Language,
    string Kind,
    string Text,
    bool Partial,
    string? Runtime,
    string? TranslatedFrom,
    IReadOnlyList<LocalizedMessage.Source> Sources)
{
    public static IReadOnlyList<LocalizedMessage> All { get; } = Read(Path.Combine(AppContext.BaseDirectory, "Data", "localized-messages.json"));

    /// <summary>The text without its final period or 。, which .NET Framework and some consoles drop.</summary>
    public string Core => Text.TrimEnd('.', '。');

    /// <summary>Where the text was seen: the thread or file, what printed it and the line as posted.</summary>
    public sealed record Source(string Url, string Program, string Line);

    private static List<LocalizedMessage> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(FromJson)];
    }

    private static LocalizedMessage FromJson(JsonElement entry) => new(
        entry.GetProperty("code").GetInt32(),
        Required(entry, "language"),
        Required(entry, "kind"),
        Required(entry, "text"),
        entry.TryGetProperty("partial", out var partial) && partial.GetBoolean(),
        Optional(entry, "runtime"),
        Optional(entry, "translatedFrom"),
        [.. entry.GetProperty("sources").EnumerateArray().Select(s => new Source(Required(s, "url"), Required(s, "program"), Required(s, "line")))]);

    private static string Required(JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";

    private static string? Optional(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
