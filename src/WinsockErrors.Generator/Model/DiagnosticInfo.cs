using Microsoft.CodeAnalysis;

namespace WinsockErrors.Generator.Model;

/// <summary>A diagnostic in a cacheable form: a <see cref="FileSpan"/> instead of a <see cref="Location"/>.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, FileSpan At, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, At.ToLocation(), Arguments.ToArrayOfObjects());
}
