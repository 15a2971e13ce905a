using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.DataFile;

/// <summary>
/// Turns the text of the data file into a <see cref="DataFileModel"/>: reads the fields (through
/// <see cref="FieldReader"/>), checks what they mean (identifiers, unique names and codes, declared categories) and
/// builds the model, collecting every problem as a diagnostic.
/// </summary>
internal sealed class DataFileParser
{
    private static readonly string[] RootProperties = { "$schema", "categories", "errors" };
    private static readonly string[] CategoryProperties = { "name", "summary" };
    private static readonly string[] ErrorProperties =
    {
        "name", "code", "title", "description", "message", "category", "aliases", "errno", "socketError", "transient", "timeout",
        "retryAdvice", "retryReason",
    };

    /// <summary>The members of the WsaRetryAdvice enum, the only values "retryAdvice" may take.</summary>
    private static readonly string[] RetryAdviceValues = { "Never", "Safe", "IfIdempotent", "AfterDelay" };

    private static readonly string[] ErrnoProperties = { "name", "linux", "macos", "freebsd", "windows-crt", "source" };

    private readonly DiagnosticList _diagnostics;
    private readonly FieldReader _fields;
    private readonly List<CategoryModel> _categories = new();
    private readonly List<ErrorModel> _entries = new();
    private readonly List<SocketErrorUse> _socketErrorUses = new();

    /// <summary>Every name and alias claimed so far (ignoring case), and the entry that claimed it.</summary>
    private readonly Dictionary<string, string> _nameOwners = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<int, string> _codeOwners = new();

    private DataFileParser(string path, SourceText text)
    {
        _diagnostics = new DiagnosticList(path, text);
        _fields = new FieldReader(_diagnostics);
    }

    public static DataFileModel Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        text ??= SourceText.From(string.Empty);
        var parser = new DataFileParser(path, text);
        parser.Read(text.ToString(), cancellationToken);

        // The emitters index the table by position, so its order is fixed here: by code.
        var entries = parser._entries.OrderBy(e => e.Code);
        return new DataFileModel(
            path,
            new EquatableArray<CategoryModel>(parser._categories),
            new EquatableArray<ErrorModel>(entries),
            new EquatableArray<SocketErrorUse>(parser._socketErrorUses),
            parser._diagnostics.ToEquatableArray());
    }

    private void Read(string text, CancellationToken cancellationToken)
    {
        if (_fields.RootObject(text, "The data file must be a JSON object with \"categories\" and \"errors\"", cancellationToken) is not { } root)
        {
            return;
        }

        _fields.CheckProperties(root, RootProperties);
        ReadCategories(root);
        ReadEntries(root);
    }

    private void ReadCategories(JsonValue root)
    {
        var array = _fields.RootArray(root, "categories");
        foreach (var item in array.IsValid ? array.Value.Items : new List<JsonValue>())
        {
            if (!_fields.IsObject(item, "A category"))
            {
                continue;
            }

            _fields.CheckProperties(item, CategoryProperties);
            var name = _fields.String(item, "name", "A category");
            var summary = _fields.String(item, "summary", $"The category '{name.Value}'");
            if (!name.IsValid || !summary.IsValid || !IsIdentifier(name, "WsaErrorCategory"))
            {
                continue;
            }

            if (_categories.Any(c => c.Name == name.Value))
            {
                Report(DataFileDiagnostics.DuplicateName, name, name.Value, "another category");
                continue;
            }

            _categories.Add(new CategoryModel(name.Value, summary.Value));
        }
    }

    /// <summary>Reads every entry; cancellation is honoured while the text is read, the slow part, not here.</summary>
    private void ReadEntries(JsonValue root)
    {
        var array = _fields.RootArray(root, "errors");
        if (!array.IsValid)
        {
            return;
        }

        if (array.Value.Items.Count == 0)
        {
            _diagnostics.Report(DataFileDiagnostics.InvalidField, array.Value, "\"errors\" is empty: the data file must hold at least one code");
            return;
        }

        foreach (var item in array.Value.Items)
        {
            ReadEntry(item);
        }
    }

    private void ReadEntry(JsonValue item)
    {
        const string AnEntry = "An entry of \"errors\"";
        if (!_fields.IsObject(item, AnEntry))
        {
            return;
        }

        _fields.CheckProperties(item, ErrorProperties);
        var name = _fields.String(item, "name", AnEntry);
        var what = name.IsValid ? $"The entry '{name.Value}'" : AnEntry;
        var code = _fields.Int(item, "code", what);
        var title = _fields.String(item, "title", what);
        var description = _fields.String(item, "description", what);
        var message = _fields.String(item, "message", what);
        var category = _fields.String(item, "category", what);
        var aliases = _fields.OptionalArray(item, "aliases", what, JsonKind.String, "strings");
        var errno = ReadErrno(item, what);
        var socketError = _fields.OptionalString(item, "socketError", what);
        var transient = _fields.OptionalBool(item, "transient", what);
        var timeout = _fields.OptionalBool(item, "timeout", what);
        var retry = ReadRetry(item, what);
        var allRead = name.IsValid && code.IsValid && title.IsValid && description.IsValid && message.IsValid && category.IsValid
            && aliases.IsValid && errno.IsValid && socketError.IsValid && transient.IsValid && timeout.IsValid && retry.IsValid;
        if (!allRead
            || !IsIdentifier(name, "WsaError")
            || (socketError.Value is not null && !IsIdentifier(socketError, "SocketError"))
            || !IsNotEmpty(message, what)
            || !IsDeclaredCategory(category)
            || !IsNewCode(code)
            || !ClaimNames(name, aliases.Value))
        {
            return;
        }

        _codeOwners.Add(code.Value, name.Value);

        _entries.Add(new ErrorModel(
            name.Value,
            code.Value,
            title.Value,
            description.Value,
            message.Value,
            category.Value,
            aliases.Value.Select(a => a.Text).ToEquatableArray(),
            new EquatableArray<ErrnoModel>(errno.Value),
            socketError.Value,
            transient.Value,
            timeout.Value,
            retry.Value.Advice,
            retry.Value.Reason));
        if (socketError is { Value: { } member, Node: { } node })
        {
            _socketErrorUses.Add(new SocketErrorUse(name.Value, member, _diagnostics.SpanOf(node)));
        }
    }

    /// <summary>
    /// The entry's retry advice and its reason, both required: a missing or unknown advice, or a missing or empty
    /// reason, is reported where it stands (or at the entry's name when missing).
    /// </summary>
    private Field<(string Advice, string Reason)> ReadRetry(JsonValue entry, string what)
    {
        var advice = entry.Find("retryAdvice")?.Value;
        var reason = entry.Find("retryReason")?.Value;
        var bad = advice is not { Kind: JsonKind.String } || Array.IndexOf(RetryAdviceValues, advice.Text) < 0 ? advice
            : reason is not { Kind: JsonKind.String } || reason.Text.Trim().Length == 0 ? reason
            : null;
        if (advice is null || reason is null || bad is not null)
        {
            var at = bad ?? entry.Find("name")?.Value;
            _diagnostics.Report(
                DataFileDiagnostics.InvalidRetryAdvice,
                at is null ? _diagnostics.SpanOf(entry.Start, entry.Start + 1) : _diagnostics.SpanOf(at),
                what);
            return Field<(string, string)>.Invalid;
        }

        return Field<(string, string)>.Absent((advice.Text, reason.Text));
    }

    private Field<List<ErrnoModel>> ReadErrno(JsonValue entry, string what)
    {
        var items = _fields.OptionalArray(entry, "errno", what, itemKind: null, "objects");
        if (!items.IsValid)
        {
            return Field<List<ErrnoModel>>.Invalid;
        }

        var result = new List<ErrnoModel>();
        var allRead = true;
        foreach (var item in items.Value)
        {
            var errno = ReadOneErrno(item, what);
            if (errno is null)
            {
                allRead = false;
                continue;
            }

            result.Add(errno);
        }

        return allRead ? Field<List<ErrnoModel>>.Absent(result) : Field<List<ErrnoModel>>.Invalid;
    }

    private ErrnoModel? ReadOneErrno(JsonValue item, string what)
    {
        var anItem = $"{what}: an item of \"errno\"";
        if (!_fields.IsObject(item, anItem))
        {
            return null;
        }

        _fields.CheckProperties(item, ErrnoProperties);
        var name = _fields.String(item, "name", anItem);
        var linux = _fields.OptionalInt(item, "linux", what);
        var macOS = _fields.OptionalInt(item, "macos", what);
        var freeBsd = _fields.OptionalInt(item, "freebsd", what);
        var windowsCrt = _fields.OptionalInt(item, "windows-crt", what);
        var source = _fields.OptionalString(item, "source", what);
        if (!name.IsValid || !linux.IsValid || !macOS.IsValid || !freeBsd.IsValid || !windowsCrt.IsValid || !source.IsValid)
        {
            return null;
        }

        // "source" names who else maps the errno; without one, the pair is winsock2.h's own.
        return new ErrnoModel(name.Value, linux.Value, macOS.Value, freeBsd.Value, windowsCrt.Value, IsWinsockPair: source.Value is null);
    }

    private bool IsIdentifier<T>(Field<T> field, string owner)
    {
        var text = field.Value?.ToString() ?? string.Empty;
        if (SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None)
        {
            return true;
        }

        Report(DataFileDiagnostics.InvalidIdentifier, field, text, owner);
        return false;
    }

    private bool IsNotEmpty(Field<string> message, string what)
    {
        if (message.Value.Length > 0)
        {
            return true;
        }

        Report(DataFileDiagnostics.InvalidField, message, $"{what}: \"message\" must not be empty");
        return false;
    }

    private bool IsDeclaredCategory(Field<string> category)
    {
        if (_categories.Any(c => c.Name == category.Value))
        {
            return true;
        }

        Report(DataFileDiagnostics.UnknownCategory, category, category.Value);
        return false;
    }

    private bool IsNewCode(Field<int> code)
    {
        if (_codeOwners.TryGetValue(code.Value, out var owner))
        {
            Report(DataFileDiagnostics.DuplicateCode, code, code.Value.ToString(CultureInfo.InvariantCulture), owner);
            return false;
        }

        return true;
    }

    /// <summary>Claims the entry's name and aliases, all or none: a clash with an earlier entry leaves this one out.</summary>
    private bool ClaimNames(Field<string> name, IReadOnlyList<JsonValue> aliases)
    {
        var clash = aliases.Select(a => Field<string>.Read(a.Text, a)).Prepend(name).FirstOrDefault(n => _nameOwners.ContainsKey(n.Value));
        if (clash.IsValid)
        {
            Report(DataFileDiagnostics.DuplicateName, clash, clash.Value, _nameOwners[clash.Value]);
            return false;
        }

        _nameOwners[name.Value] = name.Value;
        foreach (var alias in aliases)
        {
            _nameOwners[alias.Text] = name.Value;
        }

        return true;
    }

    private void Report<T>(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Field<T> at, params string[] arguments) =>
        _diagnostics.Report(descriptor, at.Node is { } node ? _diagnostics.SpanOf(node) : FileSpan.WholeFile(_diagnostics.Path), arguments);
}
