using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>
/// Traces a local to the error code it holds: <c>int code = e.ErrorCode;</c> followed by <c>code == 10054</c>, when
/// the local is never written again.
/// </summary>
internal static class ErrorCodeLocal
{
    /// <summary>The <c>ErrorCode</c>/<c>NativeErrorCode</c> read that initialises <paramref name="reference"/>'s local, or <see langword="null"/>.</summary>
    public static IPropertyReferenceOperation? Source(ILocalReferenceOperation reference, KnownSymbols symbols, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst || reference.SemanticModel is not { } model)
        {
            return null;
        }

        var root = Root(reference);
        var declarator = local.DeclaringSyntaxReferences.Length == 1
            ? model.GetOperation(local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), cancellationToken) as IVariableDeclaratorOperation
            : null;
        if (declarator?.Initializer is null
            || ErrorCodeAccess.Find(declarator.Initializer.Value, symbols) is not { } access
            || access.Parent is IConditionalAccessOperation
            || root.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(other => IsWrite(other, local)))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return access;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private static bool IsWrite(ILocalReferenceOperation reference, ILocalSymbol local)
    {
        if (!SymbolEqualityComparer.Default.Equals(reference.Local, local))
        {
            return false;
        }

        for (IOperation current = reference; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IAssignmentOperation assignment when assignment.Target == current:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case IAddressOfOperation:
                    return true;
                case ITupleOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
