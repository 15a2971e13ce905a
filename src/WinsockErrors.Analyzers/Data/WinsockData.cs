using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Analyzers.Data;

/// <summary>
/// The errno numbers and message texts of the data files (<c>data/winsock-errors.json</c> and
/// <c>data/log-wordings.json</c>), embedded in the analyzer when it is built and read once.
/// </summary>
internal sealed class WinsockData
{
    /// <summary>The OS keys of an errno mapping and how a message names them; <c>windows-crt</c> is left out, as no socket API reports it.</summary>
    private static readonly (string Key, string Name)[] ErrnoOses = { ("linux", "Linux"), ("macos", "macOS"), ("freebsd", "FreeBSD") };

    private static readonly Lazy<WinsockData> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, List<ErrnoReading>> errnos;

    private WinsockData(Dictionary<int, List<ErrnoReading>> errnos, IReadOnlyList<SocketText> texts)
    {
        this.errnos = errnos;
        Texts = texts;
    }

    /// <summary>The data as embedded in this analyzer.</summary>
    public static WinsockData Instance => Loaded.Value;

    /// <summary>Every non-empty message, title and wording of an error (success's message is none).</summary>
    public IReadOnlyList<SocketText> Texts { get; }

    /// <summary>What <paramref name="number"/> means as an errno on Linux, macOS and FreeBSD; empty when it is no socket errno.</summary>
    public IReadOnlyList<ErrnoReading> ErrnoReadings(int number) =>
        errnos.TryGetValue(number, out var readings) ? readings : Array.Empty<ErrnoReading>();

    /// <summary>Reads the two files from <paramref name="errorsJson"/> and <paramref name="wordingsJson"/>.</summary>
    internal static WinsockData Parse(string errorsJson, string wordingsJson)
    {
        var errnos = new Dictionary<int, List<ErrnoReading>>();
        var texts = new List<SocketText>();
        foreach (var error in Items(JsonReader.Parse(errorsJson, CancellationToken.None), "errors"))
        {
            if (!int.TryParse(error.Find("code")?.Value.Text, out var code))
            {
                continue;
            }

            if (code != 0)
            {
                AddText(texts, error.Find("message")?.Value.Text, new[] { code }, "message");
                AddText(texts, error.Find("title")?.Value.Text, new[] { code }, "title");
            }
            foreach (var mapping in Items(error, "errno"))
            {
                var name = mapping.Find("name")?.Value.Text ?? "";
                foreach (var (key, os) in ErrnoOses)
                {
                    if (int.TryParse(mapping.Find(key)?.Value.Text, out var number))
                    {
                        if (!errnos.TryGetValue(number, out var readings))
                        {
                            errnos[number] = readings = new List<ErrnoReading>();
                        }

                        var reading = new ErrnoReading(os, name, code);
                        if (!readings.Contains(reading))
                        {
                            readings.Add(reading);
                        }
                    }
                }
            }
        }

        foreach (var wording in Items(JsonReader.Parse(wordingsJson, CancellationToken.None), "wordings"))
        {
            var codes = Items(wording, "codes").Select(item => int.TryParse(item.Text, out var c) ? c : -1).Where(c => c >= 0).ToArray();
            AddText(texts, wording.Find("text")?.Value.Text, codes, wording.Find("kind")?.Value.Text ?? "wording");
        }

        return new WinsockData(errnos, texts);
    }

    private static WinsockData Load() => Parse(Resource("winsock-errors.json"), Resource("log-wordings.json"));

    private static string Resource(string name)
    {
        using var stream = typeof(WinsockData).Assembly.GetManifestResourceStream("WinsockErrors.Analyzers." + name)
            ?? throw new InvalidOperationException("The analyzer was built without " + name + ".");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<JsonValue> Items(JsonValue value, string name) =>
        value.Find(name)?.Value is { Kind: JsonKind.Array } array ? array.Items : Enumerable.Empty<JsonValue>();

    private static void AddText(List<SocketText> texts, string? text, int[] codes, string origin)
    {
        text = text?.Trim().TrimEnd('.');
        if (!string.IsNullOrEmpty(text) && codes.Length > 0)
        {
            texts.Add(new SocketText(text!, codes, origin));
        }
    }
}
