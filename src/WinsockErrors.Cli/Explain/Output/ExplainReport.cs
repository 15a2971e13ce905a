using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using WinsockErrors.Cli.Output;

namespace WinsockErrors.Cli.Explain;

/// <summary>What <c>explain</c> found as text: each mention as its line is read, then each error once with its meaning.</summary>
internal sealed class ExplainReport(TextWriter output, int width, bool showSource) : IExplainWriter
{
    public void Mention(LogMention mention)
    {
        var evidence = string.Join(", ", mention.Evidence.Select(e => "\"" + e.Text + "\" (" + e.Label + ")"));
        output.WriteLine(Where(mention.Source, mention.Line) + ": " + mention.Entry.Name + " (" + mention.Entry.Code.ToString(CultureInfo.InvariantCulture)
            + ") [" + EvidenceWords.Certainty(mention.Certainty) + "] from " + evidence);
    }

    public void Finish(ErrorTally tally)
    {
        var errors = tally.Errors;
        if (errors.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(errors.Count == 1 ? "1 error mentioned:" : errors.Count.ToString(CultureInfo.InvariantCulture) + " errors mentioned:");
        foreach (var (entry, lines) in errors)
        {
            output.WriteLine();
            output.WriteLine(entry + " (" + Lines(lines) + ")");
            Indented(entry.Description.Length > 0 ? entry.Description : entry.Message);
        }
    }

    private void Indented(string text)
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

    private string Where(string source, int line) => showSource
        ? source + ":" + line.ToString(CultureInfo.InvariantCulture)
        : "line " + line.ToString(CultureInfo.InvariantCulture);

    private string Lines(List<MentionLine> lines)
    {
        if (showSource)
        {
            return string.Join(", ", lines.Select(l => Where(l.Source, l.Line)));
        }

        return lines.Count == 1
            ? Where(lines[0].Source, lines[0].Line)
            : "lines " + string.Join(", ", lines.Select(l => l.Line.ToString(CultureInfo.InvariantCulture)));
    }
}
