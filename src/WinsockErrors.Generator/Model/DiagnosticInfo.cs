using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WinsockErrors.Generator.Model;

/// <summary>A diagnostic in a cacheable form: a path and spans instead of a <see cref="Location"/>.</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var location = FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(Descriptor, location, Arguments.ToArrayOfObjects());
    }
}
