using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using WinsockErrors.Cli.Json;
using WinsockErrors.Cli.Output;

namespace WinsockErrors.Cli.Explain;

/// <summary>What <c>explain</c> found: the mentions line by line, then each error once with its meaning.</summary>
internal sealed class ExplainReport
{
    private readonly IReadOnlyList<LogMention> _mentions;
    private readonly bool _showSource;
    private readonly List<IGrouping<int, LogMention>> _errors;

    public ExplainReport(IReadOnlyList<LogMention> mentions, bool showSource)
    {
        _mentions = mentions;
        _showSource = showSource;
        _errors = [.. mentions.GroupBy(m => m.Entry.Code)];
    }

    public void Print(TextWriter output, int width)
    {
        foreach (var mention in _mentions)
        {
            var evidence = string.Join(", ", mention.Evidence.Select(e => "\"" + e + "\""));
            output.WriteLine(Where(mention) + ": " + mention.Entry.Name + " (" + mention.Entry.Code.ToString(CultureInfo.InvariantCulture) + ") from " + evidence);
        }

        if (_errors.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(_errors.Count == 1 ? "1 error mentioned:" : _errors.Count.ToString(CultureInfo.InvariantCulture) + " errors mentioned:");
        foreach (var error in _errors)
        {
            var entry = error.First().Entry;
            output.WriteLine();
            output.WriteLine(entry + " (" + Lines(error) + ")");
            Indented(output, entry.Description.Length > 0 ? entry.Description : entry.Message, width);
        }
    }

    public ExplainJson ToJson() => new()
    {
        Mentions = [.. _mentions.Select(m => new MentionJson
        {
            Source = m.Source,
            Line = m.Line,
            Name = m.Entry.Name,
            Code = m.Entry.Code,
            Evidence = m.Evidence,
        })],
        Errors = [.. _errors.Select(g => EntryJson.From(g.First().Entry) with
        {
            Lines = [.. g.Select(m => new LineJson(m.Source, m.Line))],
        })],
    };

    private static void Indented(TextWriter output, string text, int width)
    {
        if (text.Length == 0)
        {
            return;
        }

        foreach (var line in TextWrapper.Wrap(text, width - 2))
        {
            output.WriteLine("  " + line);
        }
    }

    private string Where(LogMention mention) => _showSource
        ? mention.Source + ":" + mention.Line.ToString(CultureInfo.InvariantCulture)
        : "line " + mention.Line.ToString(CultureInfo.InvariantCulture);

    private string Lines(IEnumerable<LogMention> mentions)
    {
        var lines = mentions.Select(Where).ToList();
        return _showSource ? string.Join(", ", lines) : (lines.Count == 1 ? lines[0] : "lines " + string.Join(", ", lines.Select(l => l["line ".Length..])));
    }
}
