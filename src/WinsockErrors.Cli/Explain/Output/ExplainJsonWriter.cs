using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using WinsockErrors.Cli.Json;

namespace WinsockErrors.Cli.Explain;

/// <summary>
/// What <c>explain --json</c> writes, streamed: <c>{"mentions": [...], "errors": [...]}</c>, every mention in input
/// order as its line is read, then each error once with its lines.
/// </summary>
internal sealed class ExplainJsonWriter : IExplainWriter, IDisposable
{
    /// <summary>Past this many bytes the buffered JSON goes out to the writer.</summary>
    private const int FlushThreshold = 16 * 1024;

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>Reused for each batch, so a long output makes no large short-lived strings.</summary>
    private char[] _chars = [];

    public ExplainJsonWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JsonPrinter.Context.Options.Encoder });
        _json.WriteStartObject();
        _json.WriteStartArray("mentions");
    }

    public void Mention(LogMention mention)
    {
        JsonSerializer.Serialize(_json, new MentionJson
        {
            Source = mention.Source,
            Line = mention.Line,
            Name = mention.Entry.Name,
            Code = mention.Entry.Code,
            Certainty = EvidenceWords.Json(mention.Certainty),
            Evidence = [.. mention.Evidence.Select(e => new EvidenceJson(e.Text, EvidenceWords.Json(e.Kind), e.Label))],
        }, JsonPrinter.Context.MentionJson);
        DrainWhenFull();
    }

    public void Finish(ErrorTally tally)
    {
        _json.WriteEndArray();
        _json.WriteStartArray("errors");
        foreach (var (entry, lines) in tally.Errors)
        {
            JsonSerializer.Serialize(_json, EntryJson.From(entry) with { Lines = [.. lines.Select(l => new LineJson(l.Source, l.Line))] }, JsonPrinter.Context.EntryJson);
            DrainWhenFull();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
        _output.WriteLine();
    }

    public void Dispose() => _json.Dispose();

    /// <summary>Sends the buffered JSON out once it passes <see cref="FlushThreshold"/>, so memory stays flat.</summary>
    private void DrainWhenFull()
    {
        // Stryker disable once all : when the buffer goes out changes only how much memory it holds, not what is written
        if (_json.BytesPending + _buffer.WrittenCount > FlushThreshold)
        {
            // Stryker disable once Statement : skipped here, the same bytes go out at the next drain or at the end
            Drain();
        }
    }

    private void Drain()
    {
        _json.Flush();
        var bytes = _buffer.WrittenSpan;
        // Stryker disable once Equality : a buffer of exactly the size needed, replaced or kept, holds the same characters
        if (_chars.Length < Encoding.UTF8.GetMaxCharCount(bytes.Length))
        {
            _chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        }

        // The writer was flushed after a whole value, so the bytes end on a character boundary.
        var count = Encoding.UTF8.GetChars(bytes, _chars);
        _output.Write(_chars, 0, count);
        _buffer.ResetWrittenCount();
    }
}
