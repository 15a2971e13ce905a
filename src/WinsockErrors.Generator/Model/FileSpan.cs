using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WinsockErrors.Generator.Model;

/// <summary>A place in the data file, kept as plain values (a <see cref="Location"/> would defeat the pipeline's cache).</summary>
internal sealed record FileSpan(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>No place at all: the diagnostic concerns the project, not a file.</summary>
    public static FileSpan None { get; } = new(string.Empty, default, default);

    /// <summary>The whole file, for a problem no single line explains.</summary>
    public static FileSpan WholeFile(string filePath) => new(filePath, default, default);

    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
}
