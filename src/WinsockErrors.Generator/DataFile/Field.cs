namespace WinsockErrors.Generator.DataFile;

/// <summary>
/// One field read from the data file: whether it could be used, its value, and the node it came from (none when the
/// field is absent and a default stands in). A field that is not <see cref="IsValid"/> has been reported already.
/// </summary>
internal readonly struct Field<T>
{
    private Field(T value, JsonValue? node)
    {
        IsValid = true;
        Value = value;
        Node = node;
    }

    public static Field<T> Invalid => default;

    public bool IsValid { get; }

    /// <summary>The value; meaningless unless <see cref="IsValid"/>.</summary>
    public T Value { get; }

    public JsonValue? Node { get; }

    public static Field<T> Read(T value, JsonValue node) => new(value, node);

    public static Field<T> Absent(T value) => new(value, null);
}
