using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.DataFile;

/// <summary>Turns the text of the data file into a <see cref="DataFileModel"/>, collecting every problem as a diagnostic.</summary>
internal sealed class DataFileParser
{
    private static readonly string[] RootProperties = { "$schema", "categories", "errors" };
    private static readonly string[] CategoryProperties = { "name", "summary" };
    private static readonly string[] ErrorProperties =
    {
        "name", "code", "title", "description", "message", "category", "aliases", "errno", "socketError", "transient", "timeout",
    };

    private static readonly string[] ErrnoProperties = { "name", "linux", "darwin", "freebsd", "windowsCrt", "source" };

    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private DataFileParser(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    public static DataFileModel Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        text ??= SourceText.From(string.Empty);
        return new DataFileParser(path, text).Parse(cancellationToken);
    }

    private DataFileModel Parse(CancellationToken cancellationToken)
    {
        JsonValue root;
        try
        {
            root = JsonReader.Parse(_text.ToString(), cancellationToken);
        }
        catch (JsonSyntaxException e)
        {
            Report(DataFileDiagnostics.MalformedJson, e.Offset, e.Offset, e.Message);
            return Result(Array.Empty<CategoryModel>(), Array.Empty<ErrorModel>());
        }

        if (root.Kind != JsonKind.Object)
        {
            Report(DataFileDiagnostics.InvalidField, root, "The data file must be a JSON object with \"categories\" and \"errors\"");
            return Result(Array.Empty<CategoryModel>(), Array.Empty<ErrorModel>());
        }

        CheckProperties(root, RootProperties);
        var categories = ReadCategories(root);
        var errors = ReadErrors(root, categories, cancellationToken);
        return Result(categories, errors);
    }

    private DataFileModel Result(IEnumerable<CategoryModel> categories, IEnumerable<ErrorModel> errors) =>
        new(_path, new EquatableArray<CategoryModel>(categories), new EquatableArray<ErrorModel>(errors), new EquatableArray<DiagnosticInfo>(_diagnostics));

    private List<CategoryModel> ReadCategories(JsonValue root)
    {
        var result = new List<CategoryModel>();
        var array = RequireArray(root, "categories", "the data file");
        if (array is null)
        {
            return result;
        }

        foreach (var item in array.Items)
        {
            if (!RequireObject(item, "A category"))
            {
                continue;
            }

            CheckProperties(item, CategoryProperties);
            var name = RequireString(item, "name", "A category");
            var summary = RequireString(item, "summary", $"The category '{name?.Text}'");
            if (name is null || summary is null || !CheckIdentifier(name, "WsaErrorCategory"))
            {
                continue;
            }

            if (result.Any(c => c.Name == name.Text))
            {
                Report(DataFileDiagnostics.DuplicateName, name, name.Text!, "another category");
                continue;
            }

            result.Add(new CategoryModel(name.Text!, summary.Text!));
        }

        return result;
    }

    private List<ErrorModel> ReadErrors(JsonValue root, List<CategoryModel> categories, CancellationToken cancellationToken)
    {
        var result = new List<ErrorModel>();
        var array = RequireArray(root, "errors", "the data file");
        if (array is null)
        {
            return result;
        }

        if (array.Items.Count == 0)
        {
            Report(DataFileDiagnostics.InvalidField, array, "\"errors\" is empty: the data file must hold at least one code");
            return result;
        }

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<int, string>();
        foreach (var item in array.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var error = ReadError(item, categories);
            if (error is null)
            {
                continue;
            }

            if (codes.TryGetValue(error.Value.Model.Code, out var codeOwner))
            {
                Report(DataFileDiagnostics.DuplicateCode, error.Value.CodeNode, error.Value.Model.Code.ToString(CultureInfo.InvariantCulture), codeOwner);
                continue;
            }

            if (!ClaimNames(error.Value, owners))
            {
                continue;
            }

            codes.Add(error.Value.Model.Code, error.Value.Model.Name);
            result.Add(error.Value.Model);
        }

        // The emitters index the table by position, so its order is fixed here: by code.
        result.Sort((a, b) => a.Code.CompareTo(b.Code));
        return result;
    }

    private bool ClaimNames((ErrorModel Model, JsonValue CodeNode, List<JsonValue> NameNodes) error, Dictionary<string, string> owners)
    {
        foreach (var node in error.NameNodes)
        {
            if (owners.TryGetValue(node.Text!, out var owner))
            {
                Report(DataFileDiagnostics.DuplicateName, node, node.Text!, owner);
                return false;
            }
        }

        foreach (var node in error.NameNodes)
        {
            owners[node.Text!] = error.Model.Name;
        }

        return true;
    }

    private (ErrorModel Model, JsonValue CodeNode, List<JsonValue> NameNodes)? ReadError(JsonValue item, List<CategoryModel> categories)
    {
        if (!RequireObject(item, "An entry of \"errors\""))
        {
            return null;
        }

        CheckProperties(item, ErrorProperties);
        var name = RequireString(item, "name", "An entry of \"errors\"");
        var what = name is null ? "An entry of \"errors\"" : $"The entry '{name.Text}'";
        var code = RequireInt(item, "code", what);
        var title = RequireString(item, "title", what);
        var description = RequireString(item, "description", what);
        var message = RequireString(item, "message", what);
        var category = RequireString(item, "category", what);
        var aliases = ReadStringArray(item, "aliases", what);
        var errno = ReadErrno(item, what);
        var socketError = OptionalString(item, "socketError", what);
        var transient = OptionalBool(item, "transient", what);
        var timeout = OptionalBool(item, "timeout", what);
        var ok = name is not null && code is not null && title is not null && description is not null && message is not null
            && category is not null && aliases is not null && errno is not null && transient is not null && timeout is not null
            && socketError.Ok;
        if (!ok)
        {
            return null;
        }

        if (!CheckIdentifier(name!, "WsaError") || (socketError.Value is not null && !CheckIdentifier(socketError.Value, "SocketError")))
        {
            return null;
        }

        if (message!.Text!.Length == 0)
        {
            Report(DataFileDiagnostics.InvalidField, message, $"{what}: \"message\" must not be empty");
            return null;
        }

        if (!categories.Any(c => c.Name == category!.Text))
        {
            Report(DataFileDiagnostics.UnknownCategory, category!, category!.Text!);
            return null;
        }

        var model = new ErrorModel(
            name!.Text!,
            code!.Value.Value,
            title!.Text!,
            description!.Text!,
            message.Text!,
            category!.Text!,
            aliases!.Select(a => a.Text!).ToEquatableArray(),
            new EquatableArray<ErrnoModel>(errno!),
            socketError.Value?.Text,
            transient!.Value,
            timeout!.Value);
        var names = new List<JsonValue> { name };
        names.AddRange(aliases!);
        return (model, code.Value.Node, names);
    }

    private List<ErrnoModel>? ReadErrno(JsonValue entry, string what)
    {
        var result = new List<ErrnoModel>();
        var property = entry.Find("errno");
        if (property is null)
        {
            return result;
        }

        if (property.Value.Kind != JsonKind.Array)
        {
            Report(DataFileDiagnostics.InvalidField, property.Value, $"{what}: \"errno\" must be an array of objects");
            return null;
        }

        var ok = true;
        foreach (var item in property.Value.Items)
        {
            if (!RequireObject(item, $"{what}: an item of \"errno\""))
            {
                ok = false;
                continue;
            }

            CheckProperties(item, ErrnoProperties);
            var name = RequireString(item, "name", $"{what}: an item of \"errno\"");
            var linux = OptionalInt(item, "linux", what);
            var darwin = OptionalInt(item, "darwin", what);
            var freeBsd = OptionalInt(item, "freebsd", what);
            var windowsCrt = OptionalInt(item, "windowsCrt", what);
            var source = OptionalString(item, "source", what);
            if (name is null || !linux.Ok || !darwin.Ok || !freeBsd.Ok || !windowsCrt.Ok || !source.Ok)
            {
                ok = false;
                continue;
            }

            result.Add(new ErrnoModel(name.Text!, linux.Value, darwin.Value, freeBsd.Value, windowsCrt.Value, source.Value?.Text));
        }

        return ok ? result : null;
    }

    private bool CheckIdentifier(JsonValue node, string owner)
    {
        var text = node.Text!;
        if (SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None)
        {
            return true;
        }

        Report(DataFileDiagnostics.InvalidIdentifier, node, text, owner);
        return false;
    }

    private void CheckProperties(JsonValue value, string[] known)
    {
        foreach (var property in value.Properties)
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Report(DataFileDiagnostics.UnknownProperty, property.NameStart, property.NameEnd, property.Name, string.Join(", ", known));
            }
        }
    }

    private bool RequireObject(JsonValue value, string what)
    {
        if (value.Kind == JsonKind.Object)
        {
            return true;
        }

        Report(DataFileDiagnostics.InvalidField, value, $"{what} must be a JSON object");
        return false;
    }

    private JsonValue? RequireArray(JsonValue parent, string name, string what)
    {
        var property = parent.Find(name);
        if (property is null)
        {
            Report(DataFileDiagnostics.InvalidField, parent.Start, parent.Start + 1, $"{Capitalize(what)} has no \"{name}\" array");
            return null;
        }

        if (property.Value.Kind != JsonKind.Array)
        {
            Report(DataFileDiagnostics.InvalidField, property.Value, $"\"{name}\" must be an array");
            return null;
        }

        return property.Value;
    }

    private JsonValue? RequireString(JsonValue parent, string name, string what)
    {
        var property = parent.Find(name);
        if (property is null)
        {
            Report(DataFileDiagnostics.InvalidField, Anchor(parent), $"{what} has no \"{name}\"");
            return null;
        }

        if (property.Value.Kind != JsonKind.String)
        {
            Report(DataFileDiagnostics.InvalidField, property.Value, $"{what}: \"{name}\" must be a string");
            return null;
        }

        return property.Value;
    }

    private (int Value, JsonValue Node)? RequireInt(JsonValue parent, string name, string what)
    {
        var property = parent.Find(name);
        if (property is null)
        {
            Report(DataFileDiagnostics.InvalidField, Anchor(parent), $"{what} has no \"{name}\"");
            return null;
        }

        var value = ReadInt(property.Value, name, what);
        return value is null ? null : (value.Value, property.Value);
    }

    private (bool Ok, int? Value) OptionalInt(JsonValue parent, string name, string what)
    {
        var property = parent.Find(name);
        if (property is null || property.Value.Kind == JsonKind.Null)
        {
            return (true, null);
        }

        var value = ReadInt(property.Value, name, what);
        return (value is not null, value);
    }

    private int? ReadInt(JsonValue value, string name, string what)
    {
        if (value.Kind == JsonKind.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Report(DataFileDiagnostics.InvalidField, value, $"{what}: \"{name}\" must be a whole number from {int.MinValue} to {int.MaxValue}");
        return null;
    }

    private (bool Ok, JsonValue? Value) OptionalString(JsonValue parent, string name, string what)
    {
        var property = parent.Find(name);
        if (property is null || property.Value.Kind == JsonKind.Null)
        {
            return (true, null);
        }

        if (property.Value.Kind == JsonKind.String)
        {
            return (true, property.Value);
        }

        Report(DataFileDiagnostics.InvalidField, property.Value, $"{what}: \"{name}\" must be a string");
        return (false, null);
    }

    private bool? OptionalBool(JsonValue parent, string name, string what)
    {
        var property = parent.Find(name);
        if (property is null)
        {
            return false;
        }

        if (property.Value.Kind is JsonKind.True or JsonKind.False)
        {
            return property.Value.Kind == JsonKind.True;
        }

        Report(DataFileDiagnostics.InvalidField, property.Value, $"{what}: \"{name}\" must be true or false");
        return null;
    }

    private List<JsonValue>? ReadStringArray(JsonValue parent, string name, string what)
    {
        var result = new List<JsonValue>();
        var property = parent.Find(name);
        if (property is null)
        {
            return result;
        }

        if (property.Value.Kind != JsonKind.Array || property.Value.Items.Any(i => i.Kind != JsonKind.String))
        {
            Report(DataFileDiagnostics.InvalidField, property.Value, $"{what}: \"{name}\" must be an array of strings");
            return null;
        }

        result.AddRange(property.Value.Items);
        return result;
    }

    /// <summary>Where to point for a field an object lacks: its "name" when it has one, else its opening brace.</summary>
    private static JsonValue Anchor(JsonValue parent) =>
        parent.Find("name")?.Value ?? new JsonValue(JsonKind.Object, parent.Start, parent.Start + 1);

    private void Report(DiagnosticDescriptor descriptor, JsonValue at, params string[] arguments) =>
        Report(descriptor, at.Start, at.End, arguments);

    private void Report(DiagnosticDescriptor descriptor, int start, int end, params string[] arguments)
    {
        start = Math.Min(start, _text.Length);
        end = Math.Max(start, Math.Min(end, _text.Length));
        var span = TextSpan.FromBounds(start, end);
        _diagnostics.Add(new DiagnosticInfo(descriptor, _path, span, _text.Lines.GetLinePositionSpan(span), arguments.ToEquatableArray()));
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
