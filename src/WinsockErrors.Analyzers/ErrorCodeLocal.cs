using System.Threading;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>
/// Traces a local to the error code it holds: <c>int code = e.ErrorCode;</c> followed by <c>code == 10054</c>, when
/// the local is never written again.
/// </summary>
internal static class ErrorCodeLocal
{
    /// <summary>The <c>ErrorCode</c>/<c>NativeErrorCode</c> read that initialises <paramref name="reference"/>'s local, or <see langword="null"/>.</summary>
    public static IPropertyReferenceOperation? Source(ILocalReferenceOperation reference, KnownSymbols symbols, CancellationToken cancellationToken) =>
        ErrorCodeAccess.Find(LocalValue.Initializer(reference, cancellationToken), symbols) is { } access && access.Parent is not IConditionalAccessOperation
            ? access
            : null;
}
