using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.DataFile;

/// <summary>
/// Reads <c>localized-messages.json</c>: the texts programs print for Winsock codes in other languages and other
/// runtimes' wordings. Only what the library matches is kept (code, language, text, partial, kind); the sources stay in
/// the file for readers and the data tests.
/// </summary>
internal sealed class LocalizedMessagesParser
{
    private static readonly string[] RootProperties = { "$schema", "about", "messages" };
    private static readonly string[] MessageProperties = { "code", "language", "kind", "runtime", "translatedFrom", "text", "partial", "note", "sources" };
    private static readonly string[] Kinds = { "windows", "runtime", "back-translation" };

    private readonly DiagnosticList _diagnostics;
    private readonly FieldReader _fields;
    private readonly List<LocalizedMessageModel> _messages = new();

    private LocalizedMessagesParser(string path, SourceText text)
    {
        _diagnostics = new DiagnosticList(path, text);
        _fields = new FieldReader(_diagnostics);
    }

    public static LocalizedMessagesModel Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        text ??= SourceText.From(string.Empty);
        var parser = new LocalizedMessagesParser(path, text);
        parser.Read(text.ToString(), cancellationToken);
        return new LocalizedMessagesModel(new EquatableArray<LocalizedMessageModel>(parser._messages), parser._diagnostics.ToEquatableArray());
    }

    private void Read(string text, CancellationToken cancellationToken)
    {
        if (_fields.RootObject(text, "The localized messages file must be a JSON object with \"messages\"", cancellationToken) is not { } root)
        {
            return;
        }

        _fields.CheckProperties(root, RootProperties);
        var messages = _fields.RootArray(root, "messages");
        if (!messages.IsValid)
        {
            return;
        }

        foreach (var item in messages.Value.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadMessage(item);
        }
    }

    private void ReadMessage(JsonValue item)
    {
        const string What = "A localized message";
        if (!_fields.IsObject(item, What))
        {
            return;
        }

        _fields.CheckProperties(item, MessageProperties);
        var code = _fields.Int(item, "code", What);
        var language = _fields.String(item, "language", What);
        var kind = _fields.String(item, "kind", What);
        var text = _fields.String(item, "text", What);
        var partial = _fields.OptionalBool(item, "partial", What);
        if (!code.IsValid || !language.IsValid || !kind.IsValid || !text.IsValid || !partial.IsValid)
        {
            return;
        }

        if (Array.IndexOf(Kinds, kind.Value) < 0)
        {
            _diagnostics.Report(DataFileDiagnostics.InvalidField, kind.Node!, $"{What}: \"kind\" must be one of {string.Join(", ", Kinds)}");
            return;
        }

        if (text.Value.Trim().Length == 0)
        {
            _diagnostics.Report(DataFileDiagnostics.InvalidField, text.Node!, $"{What}: \"text\" must not be empty");
            return;
        }

        _messages.Add(new LocalizedMessageModel(code.Value, language.Value, text.Value, kind.Value, partial.Value, _diagnostics.SpanOf(code.Node!)));
    }
}
