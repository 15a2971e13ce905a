using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>Recognises <c>e.ErrorCode</c> and <c>e.NativeErrorCode</c> read from a <c>SocketException</c>.</summary>
internal static class ErrorCodeAccess
{
    /// <summary>Whether <paramref name="operation"/> reads <c>ErrorCode</c> or <c>NativeErrorCode</c> of a <c>SocketException</c>.</summary>
    public static bool Is(IOperation? operation, KnownSymbols symbols) =>
        operation is IPropertyReferenceOperation { Property.Name: "ErrorCode" or "NativeErrorCode", Property.IsStatic: false } reference
        && symbols.IsSocketException(reference.Instance?.Type ?? reference.Property.ContainingType);

    /// <summary>
    /// The access that <paramref name="operation"/> is, under implicit conversions and a <c>?.</c>, or
    /// <see langword="null"/>.
    /// </summary>
    public static IPropertyReferenceOperation? Find(IOperation? operation, KnownSymbols symbols)
    {
        operation = Operations.SkipImplicitConversions(operation);
        if (operation is IConditionalAccessOperation conditional)
        {
            operation = Operations.SkipImplicitConversions(conditional.WhenNotNull);
        }

        return Is(operation, symbols) ? (IPropertyReferenceOperation)operation! : null;
    }

    /// <summary>
    /// The operation that stands for the access in its parent: the access itself, or the implicit conversion or
    /// <c>?.</c> around it.
    /// </summary>
    public static IOperation Outermost(IOperation access)
    {
        IOperation current = access;
        while (current.Parent is { } parent
            && (parent is IConversionOperation { IsImplicit: true }
                || (parent is IConditionalAccessOperation conditional && conditional.WhenNotNull == current)))
        {
            current = parent;
        }

        return current;
    }
}
