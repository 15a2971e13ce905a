using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace WinsockErrors.Generator.DataFile;

/// <summary>
/// Reads typed fields out of JSON objects. A field that is missing or of the wrong type is reported where it stands
/// (or, when missing, at the object's <c>"name"</c>) and comes back invalid; optional fields come back with a default.
/// </summary>
internal sealed class FieldReader
{
    private readonly DiagnosticList _diagnostics;

    public FieldReader(DiagnosticList diagnostics) => _diagnostics = diagnostics;

    /// <summary>
    /// Parses a whole file that must hold one JSON object: malformed JSON is reported where the reader stopped, any
    /// other value with <paramref name="notAnObject"/>. Returns <see langword="null"/> after either.
    /// </summary>
    public JsonValue? RootObject(string text, string notAnObject, CancellationToken cancellationToken)
    {
        JsonValue root;
        try
        {
            root = JsonReader.Parse(text, cancellationToken);
        }
        catch (JsonSyntaxException e)
        {
            _diagnostics.Report(DataFileDiagnostics.MalformedJson, _diagnostics.SpanOf(e.Offset, e.Offset), e.Message);
            return null;
        }

        return Expect(root, root.Kind == JsonKind.Object, root, notAnObject).IsValid ? root : null;
    }

    public bool IsObject(JsonValue value, string what) =>
        Expect(value, value.Kind == JsonKind.Object, value, $"{what} must be a JSON object").IsValid;

    /// <summary>A required array at the top of the file.</summary>
    public Field<JsonValue> RootArray(JsonValue root, string name)
    {
        var property = root.Find(name);
        if (property is null)
        {
            _diagnostics.Report(DataFileDiagnostics.InvalidField, _diagnostics.SpanOf(root.Start, root.Start + 1), $"The data file has no \"{name}\" array");
            return Field<JsonValue>.Invalid;
        }

        var value = property.Value;
        return Expect(value, value.Kind == JsonKind.Array, value, $"\"{name}\" must be an array");
    }

    public Field<string> String(JsonValue parent, string name, string what)
    {
        var value = Required(parent, name, what);
        return value is null ? Field<string>.Invalid : Expect(value, value.Kind == JsonKind.String, value.Text, MustBeString(name, what));
    }

    public Field<int> Int(JsonValue parent, string name, string what)
    {
        var value = Required(parent, name, what);
        return value is null ? Field<int>.Invalid : Number(value, name, what, n => n);
    }

    public Field<string?> OptionalString(JsonValue parent, string name, string what)
    {
        var value = Optional(parent, name);
        return value is null
            ? Field<string?>.Absent(null)
            : Expect<string?>(value, value.Kind == JsonKind.String, value.Text, MustBeString(name, what));
    }

    public Field<int?> OptionalInt(JsonValue parent, string name, string what)
    {
        var value = Optional(parent, name);
        return value is null ? Field<int?>.Absent(null) : Number<int?>(value, name, what, n => n);
    }

    /// <summary>An optional flag: false when absent. Unlike the other optional fields, <c>null</c> is not "absent".</summary>
    public Field<bool> OptionalBool(JsonValue parent, string name, string what)
    {
        var value = parent.Find(name)?.Value;
        return value is null
            ? Field<bool>.Absent(false)
            : Expect(value, value.Kind is JsonKind.True or JsonKind.False, value.Kind == JsonKind.True, $"{what}: \"{name}\" must be true or false");
    }

    /// <summary>An optional array, empty when absent; with <paramref name="itemKind"/>, every item must be of that kind.</summary>
    public Field<IReadOnlyList<JsonValue>> OptionalArray(JsonValue parent, string name, string what, JsonKind? itemKind, string ofWhat)
    {
        var value = parent.Find(name)?.Value;
        if (value is null)
        {
            return Field<IReadOnlyList<JsonValue>>.Absent(Array.Empty<JsonValue>());
        }

        var ok = value.Kind == JsonKind.Array && (itemKind is null || value.Items.All(i => i.Kind == itemKind));
        return Expect<IReadOnlyList<JsonValue>>(value, ok, value.Items, $"{what}: \"{name}\" must be an array of {ofWhat}");
    }

    /// <summary>Warns about every property not in <paramref name="known"/>: most likely a typo that would silently drop data.</summary>
    public void CheckProperties(JsonValue value, string[] known)
    {
        foreach (var property in value.Properties)
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                _diagnostics.Report(
                    DataFileDiagnostics.UnknownProperty, _diagnostics.SpanOf(property.NameStart, property.NameEnd), property.Name, string.Join(", ", known));
            }
        }
    }

    private JsonValue? Required(JsonValue parent, string name, string what)
    {
        var value = parent.Find(name)?.Value;
        if (value is null)
        {
            // Point at the object's name when it has one (that is the line a reader looks for), else at its brace.
            var at = parent.Find("name")?.Value is { } anchor ? _diagnostics.SpanOf(anchor) : _diagnostics.SpanOf(parent.Start, parent.Start + 1);
            _diagnostics.Report(DataFileDiagnostics.InvalidField, at, $"{what} has no \"{name}\"");
        }

        return value;
    }

    private static JsonValue? Optional(JsonValue parent, string name) =>
        parent.Find(name)?.Value is { Kind: not JsonKind.Null } value ? value : null;

    private Field<T> Number<T>(JsonValue value, string name, string what, Func<int, T> wrap)
    {
        var number = 0;
        var ok = value.Kind == JsonKind.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
        return Expect(value, ok, wrap(number), $"{what}: \"{name}\" must be a whole number from {int.MinValue} to {int.MaxValue}");
    }

    private Field<T> Expect<T>(JsonValue value, bool ok, T result, string problem)
    {
        if (ok)
        {
            return Field<T>.Read(result, value);
        }

        _diagnostics.Report(DataFileDiagnostics.InvalidField, value, problem);
        return Field<T>.Invalid;
    }

    private static string MustBeString(string name, string what) => $"{what}: \"{name}\" must be a string";
}
