using System.Collections.Generic;

namespace WinsockErrors.Generator.DataFile;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A node of the parsed data file that remembers where it stands in the text.</summary>
internal sealed class JsonValue
{
    public JsonValue(JsonKind kind, int start, int end, string text = "")
    {
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
    }

    public JsonKind Kind { get; }

    /// <summary>Offset of the first character of the value.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character of the value.</summary>
    public int End { get; }

    /// <summary>The decoded string, or the number as written; empty for other kinds.</summary>
    public string Text { get; }

    public List<JsonProperty> Properties { get; } = new();

    public List<JsonValue> Items { get; } = new();

    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>A member of a JSON object: its name, where the name stands, and its value.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonValue value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonValue Value { get; }
}
