using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.DataFile;

/// <summary>The problems found in one data file, each pointing at its place in the text.</summary>
internal sealed class DiagnosticList
{
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _items = new();

    public DiagnosticList(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public string Path { get; }

    public FileSpan SpanOf(JsonValue value) => SpanOf(value.Start, value.End);

    public FileSpan SpanOf(int start, int end)
    {
        start = Math.Min(start, _text.Length);
        end = Math.Max(start, Math.Min(end, _text.Length));
        var span = TextSpan.FromBounds(start, end);
        return new FileSpan(Path, span, _text.Lines.GetLinePositionSpan(span));
    }

    public void Report(DiagnosticDescriptor descriptor, JsonValue at, params string[] arguments) =>
        Report(descriptor, SpanOf(at), arguments);

    public void Report(DiagnosticDescriptor descriptor, FileSpan at, params string[] arguments) =>
        _items.Add(new DiagnosticInfo(descriptor, at, arguments.ToEquatableArray()));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => new(_items);
}
